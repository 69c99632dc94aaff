#!/bin/sh
# Turns on HTTPS when the certificate and its key are mounted: renders tls.conf.template into
# tls.d/tls.conf, which the gateway's server block includes. Without both files tls.d/ is left
# empty and the gateway serves plain HTTP only. In the container the image's entrypoint runs
# this from /docker-entrypoint.d/; the test harness runs the same file.
#   NGINX_CONF_DIR (default /etc/nginx), TLS_CERTIFICATE, TLS_CERTIFICATE_KEY, TLS_LISTEN,
#   HTTPS_PORT, TLS_RESOLVER — see tls.conf.template.
set -eu

conf_dir="${NGINX_CONF_DIR:-/etc/nginx}"
mkdir -p "$conf_dir/tls.d"
rm -f "$conf_dir/tls.d/tls.conf"

certificate="${TLS_CERTIFICATE:-$conf_dir/ssl/fullchain.pem}"
key="${TLS_CERTIFICATE_KEY:-$conf_dir/ssl/privkey.pem}"
if [ ! -f "$certificate" ] || [ ! -f "$key" ]; then
  echo "enable-tls: no $certificate and $key, serving plain HTTP only"
  exit 0
fi

TLS_CERTIFICATE="$certificate" TLS_CERTIFICATE_KEY="$key" \
TLS_LISTEN="${TLS_LISTEN:-443}" HTTPS_PORT="${HTTPS_PORT:-443}" TLS_RESOLVER="${TLS_RESOLVER:-127.0.0.11}" \
  envsubst '${TLS_LISTEN} ${TLS_CERTIFICATE} ${TLS_CERTIFICATE_KEY} ${HTTPS_PORT} ${TLS_RESOLVER}' \
  < "$conf_dir/tls/tls.conf.template" > "$conf_dir/tls.d/tls.conf"
echo "enable-tls: HTTPS on ${TLS_LISTEN:-443} with $certificate"
