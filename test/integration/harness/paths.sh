# Sourced by setup.sh and code-server-shim.sh: where the harness, the repository and the cache are, and which
# code-server. Env: CLAUSE_LENS_CS_VERSION (4.100.3), CLAUSE_LENS_TEST_CACHE (<repo>/.vscode-test).
HARNESS_DIR="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
ROOT="$(cd "$HARNESS_DIR/../../.." && pwd)"
CS_VERSION="${CLAUSE_LENS_CS_VERSION:-4.100.3}"
CACHE="${CLAUSE_LENS_TEST_CACHE:-$ROOT/.vscode-test}"
mkdir -p "$CACHE/tmp"
CACHE="$(cd "$CACHE" && pwd)"
CS_DIR="$CACHE/code-server-$CS_VERSION"
