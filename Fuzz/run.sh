#!/usr/bin/env bash
# Builds mockloop's libFuzzer targets (with AddressSanitizer) and runs one, or all, for a while.
#
#   Fuzz/run.sh TARGET SECONDS [libFuzzer options...]   e.g. Fuzz/run.sh FuzzAnalyzer 600
#   Fuzz/run.sh all SECONDS                              each target in turn (CI smoke: all 30)
#   Fuzz/run.sh TARGET replay FILE...                    run saved inputs once (no fuzzing)
#   Fuzz/run.sh TARGET minimize FILE                     shrink a crashing input
#
# Targets: FuzzScriptLoader, FuzzAnalyzer, FuzzEngine (see Fuzz/README.md).
#
# The seed corpus (Fuzz/Corpus/TARGET) is copied to a temporary working folder, so a run never
# writes into the repository, except for this: every crash, timeout or out-of-memory input is
# copied to Tests/FuzzRegressionTests/FailCases/TARGET/, where `swift test` replays it. The
# script prints executions, executions per second, coverage and the path of every such file,
# and exits 1 when there was any.
#
# Environment:
#   FUZZ_CONFIG=debug|release  build configuration (default debug; both keep preconditions)
#   FUZZ_BUILD_DIR=DIR         SwiftPM scratch path (default Fuzz/.build)
#   FUZZ_WORK=DIR              working folder (default: a new temporary folder, kept)
#   FUZZ_KEEP_GOING=1          fork mode: keep fuzzing after a crash (collects several)
#   FUZZ_MINIMIZE=1            minimise each new crash (-minimize_crash=1) before saving it
#   FUZZ_NO_BUILD=1            use the binaries already built
#   FUZZ_JOBS=N                fork mode jobs (default 1; the machine may have 2 cores)
set -euo pipefail

FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$FUZZ_DIR")"
TARGETS=(FuzzScriptLoader FuzzAnalyzer FuzzEngine FuzzJournalReader)
CONFIG="${FUZZ_CONFIG:-debug}"
BUILD_DIR="${FUZZ_BUILD_DIR:-$FUZZ_DIR/.build}"
FAILCASES="$ROOT/Tests/FuzzRegressionTests/FailCases"

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
  exit 2
}

# Largest input per target: a few loop scripts' worth of YAML; a long answer; a session with
# several long answers. Longer inputs mostly slow the search down.
max_len() {
  case "$1" in
    FuzzScriptLoader) echo 8192 ;;
    FuzzAnalyzer) echo 4096 ;;
    FuzzEngine) echo 4096 ;;
    FuzzJournalReader) echo 16384 ;;
    *) echo "unknown target: $1 (one of: ${TARGETS[*]}, all)" >&2; exit 2 ;;
  esac
}

# Swift lays enum payloads into a pointer's spare bits, which LeakSanitizer does not recognise
# as pointers: it reports global caches as leaks. Leaks are off; growth shows as -rss_limit_mb.
# Swift's own backtracer is turned off so that libFuzzer and ASan print the stack (the
# backtracer's memory reader otherwise trips ASan).
export ASAN_OPTIONS="detect_leaks=0:handle_abort=1:${ASAN_OPTIONS:-}"
export SWIFT_BACKTRACE="enable=no"
# The drivers find scripts/loops by walking up from their source; this makes it explicit.
export MOCKLOOP_SCRIPTS="${MOCKLOOP_SCRIPTS:-$ROOT/scripts/loops}"

build() {
  [ "${FUZZ_NO_BUILD:-}" = 1 ] && return 0
  echo "== building ($CONFIG, ASan + libFuzzer) into $BUILD_DIR"
  local log
  log="$(mktemp)"
  # -Xcc: instrument the C code too (libyaml inside Yams), for coverage and ASan.
  if ! (cd "$FUZZ_DIR" && swift build -c "$CONFIG" --scratch-path "$BUILD_DIR" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
        -Xcc -fsanitize=fuzzer-no-link,address) >"$log" 2>&1; then
    grep -v "Cannot export local symbol" "$log" | tail -40
    rm -f "$log"
    echo "build failed" >&2
    exit 2
  fi
  # gold warns about every ASan assembly helper; nothing else is worth showing on success.
  grep -v "Cannot export local symbol" "$log" | grep -E "warning:|error:" | head -20 || true
  rm -f "$log"
}

binary() { echo "$BUILD_DIR/$CONFIG/$1"; }

# Copies crash/timeout/oom inputs from $2 to FailCases/$1, minimising them first if asked.
save_failures() {
  local target="$1" artifacts="$2" found=0 file name dest
  mkdir -p "$FAILCASES/$target"
  shopt -s nullglob
  for file in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-*; do
    name="$(basename "$file")"
    dest="$FAILCASES/$target/$name"
    if [ "${FUZZ_MINIMIZE:-}" = 1 ] && [[ "$name" == crash-* ]]; then
      minimize "$target" "$file" "$dest" >/dev/null 2>&1 || cp "$file" "$dest"
    else
      cp "$file" "$dest"
    fi
    echo "FAILURE INPUT: $dest"
    found=$((found + 1))
  done
  shopt -u nullglob
  return $((found > 0))
}

minimize() {
  local target="$1" input="$2" output="$3"
  "$(binary "$target")" -minimize_crash=1 -max_total_time=120 -runs=100000 \
    -max_len="$(max_len "$target")" -exact_artifact_path="$output" "$input"
  [ -s "$output" ]
}

# Prints the figures of a finished run from its log.
summary() {
  local target="$1" log="$2" seconds="$3"
  local last runs
  last="$(grep -E '^#[0-9]+' "$log" | tail -1 || true)"
  runs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)"
  [ -z "$runs" ] && runs="$(echo "$last" | sed -E 's/^#([0-9]+).*/\1/')"
  echo "== $target: ${runs:-0} executions in ${seconds}s ($(( ${runs:-0} / (seconds > 0 ? seconds : 1) ))/s)"
  echo "   last stats: ${last:-none}"
  grep -E '^stat::(average_exec_per_sec|peak_rss_mb)' "$log" | sed 's/^/   /' || true
}

run_target() {
  local target="$1" seconds="$2"
  shift 2
  local len work corpus artifacts log start status
  len="$(max_len "$target")"
  work="${FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/mockloop-fuzz.XXXXXX")}/$target"
  corpus="$work/corpus"
  artifacts="$work/artifacts"
  log="$work/fuzz.log"
  mkdir -p "$corpus" "$artifacts"
  cp "$FUZZ_DIR/Corpus/$target"/* "$corpus/"
  local options=(
    -max_total_time="$seconds" -max_len="$len" -rss_limit_mb=2048 -timeout=10
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/"
  )
  # Keys, values and phrases that are hard to guess byte by byte (Fuzz/<target>.dict).
  if [ -f "$FUZZ_DIR/$target.dict" ]; then
    options+=(-dict="$FUZZ_DIR/$target.dict")
  fi
  if [ "${FUZZ_KEEP_GOING:-}" = 1 ]; then
    options+=(-fork="${FUZZ_JOBS:-1}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  echo "== $target for ${seconds}s, max_len $len, working in $work"
  start=$(date +%s)
  set +e
  "$(binary "$target")" "${options[@]}" "$@" "$corpus" >"$log" 2>&1
  status=$?
  set -e
  summary "$target" "$log" "$(( $(date +%s) - start ))"
  echo "   log: $log"
  if [ $status -ne 0 ]; then
    # The report of the first failure: the invariant or runtime error and the stack.
    grep -m1 -B2 -A30 -E "ERROR: libFuzzer|ERROR: AddressSanitizer|Fatal error|fuzz invariant" "$log" | head -45 || true
  fi
  if ! save_failures "$target" "$artifacts"; then
    return 1
  fi
  return $status
}

[ $# -ge 2 ] || usage
target="$1"
shift
case "$target" in
  -h|--help) usage ;;
  all) ;;
  *) max_len "$target" >/dev/null ;;
esac

case "$1" in
  replay)
    shift
    build
    "$(binary "$target")" -runs=1 "$@"
    exit $?
    ;;
  minimize)
    build
    minimize "$target" "$2" "$2.min"
    echo "minimised: $2.min ($(wc -c <"$2.min") bytes)"
    exit 0
    ;;
esac

seconds="$1"
shift
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
build
failed=0
if [ "$target" = all ]; then
  for t in "${TARGETS[@]}"; do run_target "$t" "$seconds" "$@" || failed=1; done
else
  run_target "$target" "$seconds" "$@" || failed=1
fi
exit $failed
