import { CompactSign, createLocalJWKSet, decodeJwt, generateKeyPair, jwtVerify } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statusBit } from '../src/credentials/status-list.js'
import { createTestContext, PUBLIC_BASE_URL, type TestContext } from './helpers.js'

let t: TestContext
beforeAll(async () => {
  t = await createTestContext()
})
afterAll(() => t.close())

const ISSUER = `${PUBLIC_BASE_URL}/api/v1/certificates/issuer`
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers })
const verify = (credential: unknown) =>
  t.app.inject({ method: 'POST', url: '/certificates/verify-credential', payload: { credential } })

async function credentialOf(issued: Awaited<ReturnType<TestContext['issueCertificate']>>) {
  const response = await get(`/certificates/${issued.certificate.id}/credential`, issued.student.auth)
  expect(response.statusCode).toBe(200)
  return response.json() as { jwt: string; credential: Record<string, any> }
}

async function revokeIt(id: number) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/certificates/${id}/revoke`,
    headers: t.addUser('admin').auth,
    payload: { reason: 'Issued by mistake in a demo' },
  })
  expect(response.statusCode).toBe(200)
}

describe('GET /certificates/{id}/credential', () => {
  it('gives the student an Open Badges 3.0 credential signed with the published key', async () => {
    const issued = await t.issueCertificate({ lessons: [{ type: 'quiz', score: 93 }] })
    const response = await get(`/certificates/${issued.certificate.id}/credential`, issued.student.auth)
    expect(response.headers['content-disposition']).toContain('attachment')
    const { jwt, credential } = response.json()
    expect(credential).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        expect.stringMatching(/ob\/v3p0\/context-3\.0\.\d\.json$/),
      ],
      id: issued.certificate.verification_url,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: ISSUER, type: ['Profile'], name: 'SmartCourse' },
      validFrom: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: issued.student.name },
        ],
        achievement: { type: ['Achievement'], name: issued.title },
      },
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListCredential: expect.stringContaining(`${PUBLIC_BASE_URL}/api/v1/certificates/status-lists/`),
      },
    })
    // Anyone can check it with the public keys alone.
    const jwks = createLocalJWKSet((await get('/.well-known/jwks.json')).json())
    const { payload, protectedHeader } = await jwtVerify(jwt, jwks, { issuer: ISSUER, algorithms: ['EdDSA'] })
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' })
    expect(payload).toMatchObject(credential)
    expect(payload.jti).toBe(credential.id)
  })

  it('lets an admin download it; refuses the instructor, other students and strangers', async () => {
    const issued = await t.issueCertificate()
    const url = `/certificates/${issued.certificate.id}/credential`
    expect((await get(url, t.addUser('admin').auth)).statusCode).toBe(200)
    expect((await get(url, issued.instructor.auth)).statusCode).toBe(403)
    expect((await get(url, t.addUser('student').auth)).statusCode).toBe(403)
    expect((await get(url)).statusCode).toBe(401)
    expect((await get('/certificates/2147483000/credential', t.addUser('admin').auth)).statusCode).toBe(404)
  })
})

describe('the issuer, its keys and its status lists', () => {
  it('publishes the issuer profile and one Ed25519 public key (never the private part)', async () => {
    expect((await get('/certificates/issuer')).json()).toMatchObject({
      id: ISSUER,
      type: ['Profile'],
      name: 'SmartCourse',
    })
    const { keys } = (await get('/.well-known/jwks.json')).json()
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' })
    expect(keys[0]).not.toHaveProperty('d')
  })

  it('publishes revocation as a signed Bitstring Status List a verifier can check offline', async () => {
    const kept = await t.issueCertificate()
    const revoked = await t.issueCertificate()
    await revokeIt(revoked.certificate.id)
    const jwks = createLocalJWKSet((await get('/.well-known/jwks.json')).json())
    for (const issued of [kept, revoked]) {
      const { credentialStatus } = (await credentialOf(issued)).credential
      const url = String(credentialStatus.statusListCredential).slice(
        PUBLIC_BASE_URL.length + '/api/v1'.length,
      )
      const response = await get(url)
      expect(response.headers['content-type']).toContain('application/vc+jwt')
      const { payload } = await jwtVerify(response.body, jwks, { issuer: ISSUER })
      expect(payload).toMatchObject({
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' },
      })
      const encodedList = (payload.credentialSubject as { encodedList: string }).encodedList
      expect(statusBit(encodedList, Number(credentialStatus.statusListIndex))).toBe(issued === revoked)
    }
  })

  it('answers 422 for a status list number that cannot exist', async () => {
    for (const list of ['-1', 'abc', '99999']) {
      expect((await get(`/certificates/status-lists/${list}`)).statusCode).toBe(422)
    }
  })
})

describe('POST /certificates/verify-credential', () => {
  it('confirms a credential as issued: signature, issuer and status', async () => {
    const issued = await t.issueCertificate()
    const { jwt } = await credentialOf(issued)
    const response = await verify(jwt)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      valid: true,
      checks: { signature: true, issuer: true, status: 'active' },
      certificate_number: issued.certificate.certificate_number,
      student_name: issued.student.name,
      course_title: issued.title,
      issue_date: issued.certificate.issue_date,
      revoked_at: null,
      message: expect.any(String),
    })
  })

  it('refuses the credential with any one character of it changed', async () => {
    const { jwt } = await credentialOf(await t.issueCertificate())
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (let index = 0; index < jwt.length; index++) {
      if (jwt[index] === '.') continue
      const replacement = alphabet[(alphabet.indexOf(jwt[index]!) + 1 + (index % 63)) % 64]!
      const tampered = jwt.slice(0, index) + replacement + jwt.slice(index + 1)
      const answer = (await verify(tampered)).json()
      expect(answer.valid, `character ${index}`).toBe(false)
    }
  })

  it('refuses the credential with any one byte of its payload changed and re-encoded', async () => {
    const { jwt } = await credentialOf(await t.issueCertificate())
    const [header, payload, signature] = jwt.split('.') as [string, string, string]
    const bytes = Buffer.from(payload, 'base64url')
    for (let index = 0; index < bytes.length; index += 7) {
      const changed = Buffer.from(bytes)
      changed[index] = changed[index]! ^ 0x01
      const answer = (await verify(`${header}.${changed.toString('base64url')}.${signature}`)).json()
      expect(answer.valid, `byte ${index}`).toBe(false)
      expect(answer.checks.signature).toBe(false)
    }
  })

  it('says a revoked credential is revoked, with the date', async () => {
    const issued = await t.issueCertificate()
    const { jwt } = await credentialOf(issued)
    await revokeIt(issued.certificate.id)
    expect((await verify(jwt)).json()).toMatchObject({
      valid: false,
      checks: { signature: true, issuer: true, status: 'revoked' },
      revoked_at: expect.any(String),
    })
  })

  it('refuses credentials from another issuer, and ours signed with another key', async () => {
    const issued = await t.issueCertificate()
    const { credential } = await credentialOf(issued)
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
    const sign = (claims: object) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
        .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt' })
        .sign(privateKey)
    const foreignIssuer = 'https://badges.example.test/issuer'
    const foreign = await sign({
      ...credential,
      issuer: { ...credential.issuer, id: foreignIssuer },
      iss: foreignIssuer,
    })
    expect((await verify(foreign)).json()).toMatchObject({
      valid: false,
      checks: { signature: false, issuer: false, status: 'not_checked' },
      certificate_number: null,
    })
    const forged = await sign({ ...credential, iss: ISSUER })
    expect(decodeJwt(forged).iss).toBe(ISSUER)
    expect((await verify(forged)).json()).toMatchObject({
      valid: false,
      checks: { signature: false, issuer: true, status: 'not_checked' },
    })
  })

  it('answers valid false for text that is not a credential, 422 for a malformed body', async () => {
    for (const text of ['hello', 'a.b.c', 'a.b', '....', 'eyJ.eyJ.sig']) {
      expect((await verify(text)).json()).toMatchObject({ valid: false, checks: { signature: false } })
    }
    for (const body of [{}, { credential: '' }, { credential: 42 }, { credential: 'x', extra: 1 }]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/certificates/verify-credential',
        payload: body,
      })
      expect(response.statusCode).toBe(422)
      expect(response.json().error_code).toBe('VALIDATION_ERROR')
    }
  })
})
