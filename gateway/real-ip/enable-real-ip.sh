#!/bin/sh
# Tells Nginx which hops in front of it may name the client (X-Forwarded-For): renders one
# `set_real_ip_from` per entry of TRUSTED_PROXIES (comma- or space-separated addresses/CIDRs) into
# real-ip.d/real-ip.conf, which the gateway's server block includes next to
# `real_ip_header X-Forwarded-For; real_ip_recursive on;`. Unset or empty: no hop is trusted,
# $remote_addr stays the socket's address and an X-Forwarded-For sent by anyone buys nothing
# (rate limits key on $binary_remote_addr). In the container the image's entrypoint runs this
# from /docker-entrypoint.d/; the test harness runs the same file.
#   NGINX_CONF_DIR (default /etc/nginx), TRUSTED_PROXIES
set -eu

conf_dir="${NGINX_CONF_DIR:-/etc/nginx}"
mkdir -p "$conf_dir/real-ip.d"
out="$conf_dir/real-ip.d/real-ip.conf"
rm -f "$out"

entries=$(printf '%s' "${TRUSTED_PROXIES:-}" | tr ',' ' ')
if [ -z "$(printf '%s' "$entries" | tr -d ' \t\n')" ]; then
  echo "enable-real-ip: TRUSTED_PROXIES unset, the client is the socket's address"
  exit 0
fi

tmp="$out.tmp"
: > "$tmp"
for entry in $entries; do
  # An address or CIDR of hex digits, dots, colons and one optional /prefix: nothing that could
  # end the directive and start another.
  if ! printf '%s' "$entry" | grep -Eq '^[0-9A-Fa-f.:]+(/[0-9]{1,3})?$'; then
    rm -f "$tmp"
    echo "enable-real-ip: TRUSTED_PROXIES entry '$entry' is not an address or CIDR" >&2
    exit 1
  fi
  echo "set_real_ip_from $entry;" >> "$tmp"
done
mv "$tmp" "$out"
echo "enable-real-ip: X-Forwarded-For believed from $(printf '%s' "$entries" | tr -s ' ' | sed 's/^ //')"
