const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The test provider's checkout page: unmistakably not a real payment. */
export function checkoutPage(view: {
  sessionId: string
  courseTitle: string
  amount: string
  currency: string
  open: boolean
  status: string
}) {
  const session = encodeURIComponent(view.sessionId)
  const actions = view.open
    ? `<form method="post" action="/checkout/${session}/pay"><button class="pay" type="submit">Pay ${escapeHtml(view.amount)} ${escapeHtml(view.currency.toUpperCase())}</button></form>
<form method="post" action="/checkout/${session}/cancel"><button type="submit">Cancel</button></form>`
    : `<p>This checkout is closed (enrollment status: ${escapeHtml(view.status)}).</p>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TEST MODE checkout</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto}h1{font-size:4rem;color:#b00;border:6px dashed #b00;text-align:center}
form{display:inline-block;margin-right:1rem}button{font-size:1.5rem;padding:.5rem 1.5rem}.pay{background:#0a0;color:#fff}</style></head>
<body><h1>TEST MODE</h1>
<p><strong>No money moves.</strong> This is SmartCourse's test payment provider (PAYMENTS_PROVIDER=test).</p>
<p>Course: ${escapeHtml(view.courseTitle)}<br>Amount: ${escapeHtml(view.amount)} ${escapeHtml(view.currency.toUpperCase())}</p>
${actions}
</body></html>`
}
