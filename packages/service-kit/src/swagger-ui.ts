import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui'

/** The platform's name where no branding is configured (Swagger UI, the gateway's index). */
export const PLATFORM_TITLE = 'SmartCourse'

/** A plain wordmark in place of the Fastify logo: the title in white on Swagger UI's dark top bar. */
function wordmark(title: string): Buffer {
  const text = title.replace(/[<>&"']/g, '')
  const width = 14 * text.length + 16
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40" viewBox="0 0 ${width} 40">` +
      `<text x="0" y="28" font-family="sans-serif" font-size="24" font-weight="bold" fill="#fff">${text}</text></svg>`,
  )
}

/** Swagger UI at /docs named after the platform (page title and top bar) rather than Fastify. */
export function swaggerUiOptions(title: string): FastifySwaggerUiOptions {
  return {
    routePrefix: '/docs',
    logo: { type: 'image/svg+xml', content: wordmark(PLATFORM_TITLE) },
    theme: { title },
  }
}
