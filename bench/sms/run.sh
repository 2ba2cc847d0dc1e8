#!/usr/bin/env bash
# bench/sms: SMS a second over one bind to the harness's SMSC (`loa harness`, in a JVM of its own,
# so that its CPU is not counted as loa's), with no rate limit of loa's, and print
#   - loa's gateway alone (SmppSmsGateway in the bench's JVM): GSM=20000 one-segment GSM-7 SMS and
#     BLUEZONE=5000 Bluezone texts (4 UCS-2 segments), at window 10 (the default) and 50, from the
#     first submit to the last onSubmitted: the median of 5 rounds after a warm-up of 3,000 on the
#     same bind;
#   - the SMS worker end to end: `loa sms work` (window 10) on a Redis holding AGREED=20000
#     subscribers who agreed and whose call ended (written by loa's own store), from its first
#     claim to the SMSC's answer to the last SMS recorded; claims, records and receipts included.
#     Its JVM starts cold; the second half of the SMS, timed alone, shows a warm worker's pace.
#     Three runs on a fresh Redis and SMSC each, the median one printed: it is the figure most shaken by
#     whatever else runs on the machine;
#   - the baseline of the same run: the harness's own ESME client (Esme) sending the very same
#     submit_sm over one bind from as many threads as loa's window, with nothing between them,
#     timed alike; the best of these is the SMSC's receive rate (more threads than 50 add nothing).
# Target: >= 1,000 SMS/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
gsm=${GSM:-20000}
bluezone=${BLUEZONE:-5000}
agreed=${AGREED:-20000}
[ -f target/loa.jar ] && [ -d target/test-classes/loa/harness/smsc ] || mvn -B -q package -DskipTests
loa() { java -jar target/loa.jar "$@"; }

work=bench/work/sms
data="$work/data"
loa redis stop --data "$data" >/dev/null 2>&1 || true
rm -rf "$work" && mkdir -p "$work/classes"
javac -d "$work/classes" -cp target/loa.jar:target/test-classes bench/sms/*.java
bench() { java -cp "$work/classes:target/test-classes:target/loa.jar" SmsBench "$@" 2>>"$work/bench.log"; }

# A fresh SMSC: the simulator keeps every PDU it received, so a long run would slow it down.
harness=
start_smsc() {
  [ -z "$harness" ] || { kill $harness; wait $harness 2>/dev/null || true; }
  java -jar target/loa.jar harness > "$work/harness.txt" 2>> "$work/harness.log" &
  harness=$!
  for _ in $(seq 1 100); do grep -q 'LOA_SMSC=' "$work/harness.txt" && break; sleep 0.2; done
  smsc=$(sed -n 's/^ *LOA_SMSC=//p' "$work/harness.txt")
  [ -n "$smsc" ] || { echo "loa harness printed no LOA_SMSC (see $work/harness.log)" >&2; exit 1; }
}
trap 'kill $harness 2>/dev/null; wait $harness 2>/dev/null || true; loa redis stop --data "$data" >/dev/null 2>&1 || true' EXIT
start_smsc

# Each line: SMS/s submit_sm/s seconds not-submitted. Baseline and loa take turns, so that
# whatever the SMSC's JVM does over the run (JIT, a growing heap) touches both alike.
for w in 10 50; do
  for text in gsm bluezone; do
    n=$([ $text = gsm ] && echo "$gsm" || echo "$bluezone")
    bench esme "$smsc" "$n" $text $w > "$work/esme-$text-$w.txt"
    bench gateway "$smsc?window=$w" "$n" $text > "$work/loa-$text-$w.txt"
  done
done
# The worker three times, each on a fresh Redis and SMSC; the run of the median SMS/s is the figure.
for run in 1 2 3; do
  start_smsc
  loa redis stop --data "$data" >/dev/null 2>&1 || true
  rm -rf "$data"
  loa redis start --data "$data" >/dev/null 2>&1
  bench agreed "$data" "$agreed" > "$work/agreed-$run.txt"
  bench worker "$smsc" "$agreed" "$data" "$work/worker-$run.log" > "$work/worker-$run.txt"
done
median=$(for run in 1 2 3; do echo "$(head -1 "$work/worker-$run.txt" | cut -d' ' -f1) $run"; done | sort -n | sed -n 2p | cut -d' ' -f2)
cp "$work/worker-$median.txt" "$work/worker.txt"
workers=$(for run in 1 2 3; do head -1 "$work/worker-$run.txt" | cut -d' ' -f1; done | sort -n | paste -sd/)

awk -v agreed="$agreed" -v work="$work" -v workers="$workers" 'BEGIN {
  split("gsm bluezone", texts, " "); label["gsm"] = "GSM-7, 1 segment"; label["bluezone"] = "Bluezone, 4 UCS-2 segments"
  for (t = 1; t <= 2; t++) for (w = 10; w <= 50; w += 40) {
    getline line < (work "/loa-" texts[t] "-" w ".txt"); split(line, f, " "); sms[t, w] = f[1]; sub_[t, w] = f[2]; lost[t, w] = f[4]
    getline line < (work "/esme-" texts[t] "-" w ".txt"); split(line, f, " "); base[t, w] = f[2]; refused[t, w] = f[4]
  }
  getline line < (work "/worker.txt"); split(line, f, " "); worker = f[1]; workerSubmits = f[2]; workerSeconds = f[3]; workerLost = f[4]
  getline line < (work "/worker.txt"); split(line, f, " "); warm = f[1]; warmSubmits = f[2]; warmSeconds = f[3]
  for (t = 1; t <= 2; t++) {
    printf "loa gateway, %-27s window 10: %6.0f SMS/s = %6.0f submit_sm/s   window 50: %6.0f SMS/s = %6.0f submit_sm/s\n",
      label[texts[t]] ":", sms[t, 10], sub_[t, 10], sms[t, 50], sub_[t, 50]
    printf "  baseline: Esme, the same submit_sm  window 10: %22.0f submit_sm/s   window 50: %22.0f submit_sm/s\n", base[t, 10], base[t, 50]
    printf "  loa / baseline                      window 10: %22.2f                window 50: %22.2f\n",
      sub_[t, 10] / base[t, 10], sub_[t, 50] / base[t, 50]
  }
  printf "SMS worker end to end (loa sms work, Bluezone, window 10, %d agreed): %.0f SMS/s = %.0f submit_sm/s (%.1f s, cold JVM;\n",
    agreed, worker, workerSubmits, workerSeconds
  printf "  the median of three runs: %s SMS/s)\n", workers
  printf "  its second half alone (warm):                                  %.0f SMS/s = %.0f submit_sm/s (%.1f s)\n",
    warm, warmSubmits, warmSeconds
  printf "  worker / gateway alone (Bluezone, window 10): %.2f (whole run), %.2f (second half)\n", worker / sms[2, 10], warm / sms[2, 10]
  for (t = 1; t <= 2; t++) for (w = 10; w <= 50; w += 40) if (lost[t, w] > 0) printf "  NOT SUBMITTED: %d SMS (%s, window %d)\n", lost[t, w], texts[t], w
  for (t = 1; t <= 2; t++) for (w = 10; w <= 50; w += 40) if (refused[t, w] > 0) printf "  REFUSED or unanswered: %d submit_sm of the baseline (%s, window %d)\n", refused[t, w], texts[t], w
  if (workerLost > 0) printf "  NOT SUBMITTED by the worker: %d SMS\n", workerLost
  best = base[1, 10]; for (t = 1; t <= 2; t++) for (w = 10; w <= 50; w += 40) if (base[t, w] > best) best = base[t, w]
  printf "\nloa gateway (GSM-7): %.0f SMS/s (%.0f submit_sm/s), window 10; %.0f window 50; worker end to end: %.0f SMS/s (%.0f warm); SMSC baseline: %.0f submit_sm/s; loa / SMSC baseline %.2f (window 10), %.2f (window 50)\n",
    sms[1, 10], sub_[1, 10], sms[1, 50], worker, warm, best, sub_[1, 10] / best, sub_[1, 50] / best
}'
