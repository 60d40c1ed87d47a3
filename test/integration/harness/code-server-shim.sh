#!/usr/bin/env bash
# A VS Code-like executable for extension tests, backed by code-server (VS Code server + Node extension host) and
# headless Chromium (driver.js). Use it as @vscode/test-electron's `vscodeExecutablePath` (see ../runTest.ts):
#
#   code-server-shim.sh --extensionDevelopmentPath=DIR [--extensionDevelopmentPath=DIR2] --extensionTestsPath=PATH \
#                       [--extensions-dir=DIR] [FOLDER]
#   code-server-shim.sh --extensions-dir=DIR --install-extension=VSIX      (like `code --install-extension`)
#
# To test an extension installed from a .vsix, install it into DIR, then run the tests with --extensions-dir=DIR and
# a development path that is not that extension (VS Code runs extension tests only in extension development mode;
# ../vsix/testHost is an empty one). Other VS Code flags (--disable-extensions, --no-sandbox, --disable-updates,
# --user-data-dir=…, …) are accepted and ignored: every run gets a fresh user-data dir and, unless
# --extensions-dir names one, a fresh, empty extensions dir, so --disable-extensions holds anyway (built-in
# extensions stay enabled, as in VS Code).
# Exit code: 0 tests passed, 1 tests failed, 2 timeout, 3 page crash, 4 driver error, 12 code-server did not start,
#            20/21 setup/usage problems.
# Env: CLAUSE_LENS_TEST_CACHE (<repo>/.vscode-test), CLAUSE_LENS_CS_VERSION (4.100.3), CLAUSE_LENS_TEST_TIMEOUT_MS
#      (360000), CLAUSE_LENS_SCREENSHOT_DIR (tests' screenshot() requests are written here), CLAUSE_LENS_CHROMIUM,
#      CLAUSE_LENS_DRIVER_VERBOSE=1 (browser console too), CLAUSE_LENS_KEEP_RUN_DIR=1 (the run dir is always kept when
#      the run fails). The whole environment reaches the extension host (and so the tests).
set -euo pipefail

# shellcheck source=paths.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/paths.sh"
export CLAUSE_LENS_TEST_CACHE="$CACHE"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
export TMPDIR="$CACHE/tmp"
log() { printf '[code-server-shim] %s\n' "$*" >&2; }

# ---------------------------------------------------------------- command line
DEV_PATHS=(); TESTS_PATH=""; FOLDER=""; EXT_DIR=""; INSTALL=()
while [ $# -gt 0 ]; do
  case "$1" in
    --extensionDevelopmentPath=*) DEV_PATHS+=("${1#*=}") ;;
    --extensionDevelopmentPath) DEV_PATHS+=("${2:?}"); shift ;;
    --extensionTestsPath=*) TESTS_PATH="${1#*=}" ;;
    --extensionTestsPath) TESTS_PATH="${2:?}"; shift ;;
    --extensions-dir=*) EXT_DIR="${1#*=}" ;;
    --extensions-dir) EXT_DIR="${2:?}"; shift ;;
    --install-extension=*) INSTALL+=("${1#*=}") ;;
    --install-extension) INSTALL+=("${2:?}"); shift ;;
    # VS Code options that take a separate value: skip the value too.
    --user-data-dir|--locale|--log|--profile|--sync|--remote|--folder-uri|--file-uri|--logsPath|\
    --crash-reporter-directory|--inspect-extensions|--inspect-brk-extensions|--category|\
    --uninstall-extension|--enable-proposed-api|--disable-extension)
      [ $# -gt 1 ] && [[ "$2" != --* ]] && shift ;;
    -*) ;;                                    # any other VS Code flag: ignored
    *) [ -z "$FOLDER" ] || log "more than one folder given; opening the last one ($1)"; FOLDER="$1" ;;
  esac
  shift
done
if [ ${#INSTALL[@]} -gt 0 ] && [ -z "$EXT_DIR" ]; then
  log "--install-extension needs --extensions-dir=DIR (each test run otherwise starts with an empty one)"; exit 21
fi
if [ ${#INSTALL[@]} = 0 ] && { [ ${#DEV_PATHS[@]} = 0 ] || [ -z "$TESTS_PATH" ]; }; then
  log "usage: $(basename "$0") --extensionDevelopmentPath=DIR --extensionTestsPath=PATH [--extensions-dir=DIR] [FOLDER]"
  log "       $(basename "$0") --extensions-dir=DIR --install-extension=VSIX"; exit 21
fi
# Paths are handed to the workbench as vscode-remote:// URIs, so they must be absolute.
abs() { realpath -sm -- "$1"; }
for i in "${!DEV_PATHS[@]}"; do DEV_PATHS[$i]="$(abs "${DEV_PATHS[$i]}")"; done
for i in "${!INSTALL[@]}"; do INSTALL[$i]="$(abs "${INSTALL[$i]}")"; done
[ -z "$TESTS_PATH" ] || TESTS_PATH="$(abs "$TESTS_PATH")"
[ -z "$EXT_DIR" ] || { EXT_DIR="$(abs "$EXT_DIR")"; mkdir -p "$EXT_DIR"; }
[ -z "$FOLDER" ] || FOLDER="$(abs "$FOLDER")"
if [ -n "${CLAUSE_LENS_SCREENSHOT_DIR:-}" ]; then
  export CLAUSE_LENS_SCREENSHOT_DIR="$(abs "$CLAUSE_LENS_SCREENSHOT_DIR")"
  mkdir -p "$CLAUSE_LENS_SCREENSHOT_DIR"
fi

# ---------------------------------------------------------------- code-server installed? (setup.sh is quick if so)
if [ ! -f "$CS_DIR/.installed" ]; then
  bash "$HARNESS_DIR/setup.sh" || { log "setup.sh failed"; exit 20; }
fi
NODE_BIN="$(cat "$CS_DIR/.node-dir")/bin"
[ -x "$NODE_BIN/node" ] || { log "Node for code-server missing ($NODE_BIN/node): run $HARNESS_DIR/setup.sh"; exit 20; }

# ---------------------------------------------------------------- run directory: config, settings, HOME, XDG_*
mkdir -p "$CACHE/runs"
RUN_DIR="$(mktemp -d "$CACHE/runs/run.XXXXXX")"
PORT="$("$NODE_BIN/node" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
[ -n "$EXT_DIR" ] || EXT_DIR="$RUN_DIR/extensions"
mkdir -p "$RUN_DIR/user-data/User" "$EXT_DIR" "$RUN_DIR/home/.config" "$RUN_DIR/home/.cache" \
  "$RUN_DIR/home/.local/share" "$RUN_DIR/home/.local/state"
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN_DIR/config.yaml"
cat > "$RUN_DIR/user-data/User/settings.json" <<'EOF'
{
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "workbench.tips.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none"
}
EOF
# VS Code puts its IPC sockets (vscode-ipc-*.sock, vscode-git-*.sock) in $XDG_RUNTIME_DIR. Unix socket paths are
# limited to ~107 bytes, so use the run dir only while "<dir>/vscode-ipc-<uuid>.sock" fits; otherwise fall back to
# a short private dir in /tmp, removed at the end like the run dir.
RUNTIME_DIR="$RUN_DIR/rt"
if [ $(( ${#RUNTIME_DIR} + 53 )) -gt 107 ]; then
  RUNTIME_DIR="$(mktemp -d /tmp/cl-rt.XXXXXX)"
  log "checkout path too deep for unix sockets under $RUN_DIR: using $RUNTIME_DIR"
fi
mkdir -p "$RUNTIME_DIR"; chmod 700 "$RUNTIME_DIR"
# Keep everything code-server and Chromium write under $HOME (~/.config/code-server, ~/.local/share/code-server,
# ~/.cache/Microsoft/DeveloperTools/deviceid, ~/.config/chromium/Crash Reports, ~/.cache/dconf) in the run dir.
ISO_ENV=(HOME="$RUN_DIR/home" XDG_CONFIG_HOME="$RUN_DIR/home/.config" XDG_CACHE_HOME="$RUN_DIR/home/.cache"
  XDG_DATA_HOME="$RUN_DIR/home/.local/share" XDG_STATE_HOME="$RUN_DIR/home/.local/state" XDG_RUNTIME_DIR="$RUNTIME_DIR")

# ---------------------------------------------------------------- --install-extension: install and exit, like `code`
if [ ${#INSTALL[@]} -gt 0 ]; then
  INSTALL_ARGS=()
  for v in "${INSTALL[@]}"; do INSTALL_ARGS+=(--install-extension "$v"); done
  set +e
  env "${ISO_ENV[@]}" PATH="$NODE_BIN:$PATH" "$NODE_BIN/node" "$CS_ENTRY" --config "$RUN_DIR/config.yaml" \
    --user-data-dir "$RUN_DIR/user-data" --extensions-dir "$EXT_DIR" --force "${INSTALL_ARGS[@]}" > "$RUN_DIR/install.log" 2>&1
  RC=$?
  set -e
  sed 's/^/[code-server] /' "$RUN_DIR/install.log" >&2
  [ "$RUNTIME_DIR" = "$RUN_DIR/rt" ] || rm -rf "$RUNTIME_DIR"
  if [ "$RC" = 0 ]; then rm -rf "$RUN_DIR"; else log "install failed (exit $RC); kept $RUN_DIR"; fi
  exit "$RC"
fi

# ---------------------------------------------------------------- start code-server in its own process group
# setsid: code-server leads a new process group (PGID = its PID), so cleanup stops its helpers too (extension host,
# file watcher, pty host), not just the main process.
# CLAUSE_LENS_HARNESS tells the tests that this driver is there (screenshots, keyboard requests).
env "${ISO_ENV[@]}" PATH="$NODE_BIN:$PATH" CLAUSE_LENS_HARNESS=code-server setsid "$NODE_BIN/node" "$CS_ENTRY" --config "$RUN_DIR/config.yaml" \
  --user-data-dir "$RUN_DIR/user-data" --extensions-dir "$EXT_DIR" --disable-telemetry \
  --disable-update-check --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
  > "$RUN_DIR/code-server.log" 2>&1 &
CS_PID=$!
RC=99
DRIVER_PID=""
# Is any process of code-server's group still running? Zombies don't count: code-server itself stays a zombie until
# it is reaped below, and `kill -0 -- -PGID` would report it alive. Reads /proc (no procps needed).
group_alive() {
  local f st
  for f in /proc/[0-9]*/stat; do
    { read -r st < "$f"; } 2>/dev/null || continue
    st="${st##*) }"                      # fields after "(comm) ": state ppid pgrp ...
    set -- $st
    if [ "${3:-}" = "$CS_PID" ] && [ "$1" != Z ]; then return 0; fi
  done
  return 1
}
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$DRIVER_PID" ] && kill -0 "$DRIVER_PID" 2>/dev/null; then   # interrupted: let the driver close Chromium
    kill -TERM "$DRIVER_PID" 2>/dev/null || true
    wait "$DRIVER_PID" 2>/dev/null || true
  fi
  kill -TERM -- "-$CS_PID" 2>/dev/null || true
  for _ in $(seq 1 50); do group_alive || break; sleep 0.1; done
  kill -KILL -- "-$CS_PID" 2>/dev/null || true
  wait "$CS_PID" 2>/dev/null || true
  [ "$RUNTIME_DIR" = "$RUN_DIR/rt" ] || rm -rf "$RUNTIME_DIR"
  if [ "$RC" != 0 ] || [ "${CLAUSE_LENS_KEEP_RUN_DIR:-0}" = 1 ]; then
    log "kept $RUN_DIR (code-server.log inside)"
  else
    rm -rf "$RUN_DIR"
  fi
  exit "$RC"
}
trap cleanup EXIT
trap 'RC=130; cleanup' INT TERM

# Wait until code-server answers (event-driven polling of /healthz with a deadline).
if ! "$NODE_BIN/node" -e '
  const http = require("http"); const url = process.argv[1]; const end = Date.now() + 60000;
  (function poll() {
    http.get(url, (r) => { r.resume(); if (r.statusCode === 200) process.exit(0); retry(); }).on("error", retry);
    function retry() { if (Date.now() > end) { console.error("code-server did not come up"); process.exit(1); } setTimeout(poll, 100); }
  })();' "http://127.0.0.1:$PORT/healthz"; then
  RC=12; cat "$RUN_DIR/code-server.log" >&2; exit 12
fi

# ---------------------------------------------------------------- drive the workbench
DEV_JSON="$("$NODE_BIN/node" -p 'JSON.stringify(process.argv.slice(1))' "${DEV_PATHS[@]}")"
# In the background + `wait`, so that INT/TERM (e.g. Ctrl+C in runTests) reach the trap at once.
env "${ISO_ENV[@]}" CS_URL="http://127.0.0.1:$PORT/" WORKSPACE="$FOLDER" EXT_DEV_PATHS="$DEV_JSON" \
  EXT_TESTS_PATH="$TESTS_PATH" RUN_DIR="$RUN_DIR" "$NODE_BIN/node" "$HARNESS_DIR/driver.js" &
DRIVER_PID=$!
set +e
wait "$DRIVER_PID"
RC=$?
set -e
DRIVER_PID=""
exit "$RC"
