#!/usr/bin/env bash
# bench/launcher: what one launcher (`loa run`, -Xmx1g) sustains, with SIPp standing in for the
# subscribers behind the trunk and for the voice browser (signalling only: no media, no dialog
# fetched), all on 127.0.0.1. Two runs of loa and a baseline, in the same run:
#   baseline  SIPp UAC -> SIPp UAS, one plain call held RATE_HOLD s, asked for BASE_CPS calls/s:
#             the calls/s it completes on this machine.
#   rate      subscribers answer at once and hang up after RATE_HOLD s. loa's limit starts at
#             RATE_FROM calls/s and rises by RATE_STEP (loa limits) every STEP_SECONDS s; in each
#             step's last STEP_SECONDS - 15 s, the new calls/s with both legs of RFC 3725 flow I set
#             up (the voice browser's INVITEs) and the calls that failed. It stops after the first
#             step with a failed call or under 90 % of its limit; the figure is the step before.
#             A call fails when it ends, up to 32 s (Timer B) after it starts: read the steps.
#   held      HELD_CPS calls/s with subscribers that hold HELD_HOLD s, for HELD_SECONDS s (the
#             pacer holds 10 % of the limit until calls end, then adds 5 % a second): the
#             simultaneous calls (SIPp's CurrentCall at the subscribers, highest and in the last
#             minute), loa's heap (jcmd GC.heap_info every 10 s, and after a full GC at the end)
#             and every call that failed.
# The campaign has Bluezone's ring time-out (30 s) and longest call (3 min). loa keeps an ended
# call's state about 32 s (RFC 3261 Timer B/F, 64·T1), so every step and the held run last longer.
# Targets (issue 5): >= 300 new calls/s without failed calls; >= 5,000 simultaneous calls in 1 GiB.
# Needs sipp (Debian: sip-tester), redis-cli (redis-tools), python3 and jcmd; expects target/loa.jar
# (built with `mvn -B -q package -DskipTests` when missing). RUNS="baseline rate held" by default;
# LOA_JAVA_OPTS adds JVM options (a GC log, a flight recording). Work files: bench/work/launcher/.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/launcher
work=bench/work/launcher
base_cps=${BASE_CPS:-3000}
rate_from=${RATE_FROM:-300}
rate_step=${RATE_STEP:-150}
rate_to=${RATE_TO:-2000}
rate_hold=${RATE_HOLD:-2}
warm=${WARM:-20}
step_seconds=${STEP_SECONDS:-45}
held_cps=${HELD_CPS:-150}
held_hold=${HELD_HOLD:-40}
held_seconds=${HELD_SECONDS:-180}
runs=${RUNS:-baseline rate held}
for tool in sipp redis-cli python3 jcmd; do
    command -v "$tool" >/dev/null || { echo "bench/launcher needs $tool" >&2; exit 1; }
done
[ -f target/loa.jar ] || mvn -B -q package -DskipTests
loa() { java -jar target/loa.jar "$@"; }

pids=()
datas=()
alive() { local pid; for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done; return 1; }
cleanup() { # SIGTERM, 5 s to end, then SIGKILL; then the Redis servers
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 25); do alive || break; sleep 0.2; done
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    for data in "${datas[@]}"; do loa redis stop --data "$data" >/dev/null 2>&1 || true; done
}
mkdir -p bench/work
exec 9> bench/work/launcher.lock
flock -n 9 || { echo "bench/launcher is running already (bench/work/launcher.lock)" >&2; exit 1; }
trap cleanup EXIT
rm -rf "$work" && mkdir -p "$work"

# Free UDP ports, held open together so that no two are the same.
free_ports() {
    python3 -c 'import socket, sys
socks = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))' "$1"
}

# sipp_stat FILE COLUMN: the column on the last line of a SIPp statistics file; CurrentTime in epoch seconds.
sipp_stat() {
    awk -F';' -v col="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; next } { v = $c }
        END { if (col == "CurrentTime") { split(v, t, "\t"); print t[3] } else print v + 0 }' "$1"
}
# sipp_span FILE COLUMN [FROM TO]: the smallest and largest value of the column on the lines written
# from epoch second FROM to TO.
sipp_span() {
    awk -F';' -v col="$2" -v from="${3:-0}" -v to="${4:-1e12}" 'NR == 1 { for (i = 1; i <= NF; i++) {
        if ($i == col) c = i; if ($i == "CurrentTime") t = i } next } { split($t, time, "\t") }
        time[3] >= from && time[3] <= to { v = $c + 0; if (!n++ || v < lo) lo = v; if (v > hi) hi = v }
        END { print lo + 0, hi + 0 }' "$1"
}
stats_of() { echo "$work/$1/stats.csv"; }
failed_sipp() { sipp_stat "$(stats_of "$1")" 'FailedCall(C)'; }
has_calls() { [ "$(sipp_stat "$(stats_of "$1")" 'IncomingCall(C)' 2>/dev/null)" -gt 0 ]; }

# sipp_start NAME ARGS...: starts SIPp in $work/NAME/ on free ports, statistics every second; sets
# NAME_port (dashes as underscores). SIPp binds media ports beside -mp too, so a port taken meanwhile
# is met by trying again.
sipp_start() {
    local name=$1; shift
    local dir="$work/$name" sip control media pid
    for _ in 1 2 3 4 5; do
        rm -rf "$dir" && mkdir -p "$dir"
        read -r sip control media < <(free_ports 3)
        (cd "$dir" && exec sipp "$@" -i 127.0.0.1 -p "$sip" -cp "$control" -mp "$media" -t u1 -nostdin \
            -buff_size 4194304 -trace_stat -stf stats.csv -fd 1 -trace_err -error_file errors.log > screen.log 2>&1) &
        pid=$!
        sleep 0.5
        if kill -0 "$pid" 2>/dev/null && ! grep -qs "Unable to bind" "$dir/errors.log" "$dir/screen.log"; then
            pids+=("$pid")
            eval "${name//-/_}_port=$sip"
            return 0
        fi
        kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    done
    echo "SIPp $name did not start: $dir/screen.log" >&2
    return 1
}
uas() { sipp_start "$1" -sf "$PWD/$here/$2" -l 1000000 "${@:3}"; }

# until_true SECONDS COMMAND...: waits up to SECONDS for COMMAND to succeed.
until_true() {
    local limit=$1; shift
    for _ in $(seq 1 $((limit * 5))); do "$@" && return 0; sleep 0.2; done
    echo "gave up waiting for: $*" >&2
    return 1
}

# The time zone (Etc/GMT±N) where it is about noon now, for the window 06:00-18:00.
noon_zone() {
    local offset=$((12 - 10#$(date -u +%H)))
    if ((offset > 0)); then echo "Etc/GMT-$offset"; elif ((offset < 0)); then echo "Etc/GMT+$((-offset))"; else echo Etc/GMT; fi
}

# campaign ID CPS CHANNELS: writes the campaign file (no exclusion rule, one attempt, a window open now).
campaign() {
    sed -e "s|@ID@|$1|" -e "s|@ZONE@|$(noon_zone)|" -e "s|@CPS@|$2|" -e "s|@CHANNELS@|$3|" \
        "$here/campaign.yaml" > "$work/$1.yaml"
    echo "$work/$1.yaml"
}

# audience ID FILE LINES: imports LINES subscribers (0900000000 on) into the campaign, in a data folder of its own.
audience() {
    local data="$work/$1-data"
    datas+=("$data")
    seq 0 $(($3 - 1)) | awk 'BEGIN { print "msisdn" } { printf "09%08d\n", $1 }' > "$work/$1.csv"
    loa import --campaign "$2" --data "$data" "$work/$1.csv" > "$work/$1-import.txt" 2> "$work/$1-import.log"
}

counters() { # ID: the campaign's counters in Redis, "name value" a line
    local props="$work/$1-data/redis/server.properties"
    REDISCLI_AUTH=$(sed -n 's/^password=//p' "$props") redis-cli -p "$(sed -n 's/^port=//p' "$props")" \
        hgetall "loa:{$1}:counters" | paste - -
}
counter() { counters "$1" | awk -v n="$2" '$1 == n { v = $2 } END { print v + 0 }'; }
outcomes() { counters "$1" | awk '/^outcome:/ { sub(/^outcome:/, "", $1); printf "%s%s %s", sep, $1, $2; sep = ", " }'; }
# failures ID SUBSCRIBERS BROWSER: failed calls as each place saw them (a call may be counted at two):
# SIPp's failed calls at either end, attempts loa ended other than answered, attempts it never settled.
failures() {
    local lost
    lost=$(counters "$1" | awk '/^outcome:/ && $1 != "outcome:answered" { n += $2 } END { print n + 0 }')
    echo $(($(failed_sipp "$2") + $(failed_sipp "$3") + lost + $(counter "$1" calling)))
}

heap_used_mib() { jcmd "$1" GC.heap_info | awk '/ heap .*used/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K.*/, "", $(i+1)); print int($(i+1) / 1024) } exit }'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# UDP datagrams dropped because a socket's receive buffer was full: on the SIP socket of loa's log
# ID (Java's sockets are IPv6 ones), and on every socket of the machine.
socket_drops() {
    local port
    port=$(sed -n 's/.*from SIP port \([0-9]*\).*/\1/p' "$work/$1.out")
    awk -v p="$(printf ':%04X' "$port")" 'substr($2, length($2) - 4) == p { print $NF }' /proc/net/udp /proc/net/udp6
}
rcvbuf_errors() { awk '$1 == "Udp:" { if (!c) { for (i = 2; i <= NF; i++) if ($i == "RcvbufErrors") c = i } else print $c }' /proc/net/snmp; }

# launch ID CAMPAIGN SUBSCRIBERS-PORT BROWSER-PORT: starts `loa run` (-Xmx1g) and sets loa_pid.
launch() {
    local http
    http=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # shellcheck disable=SC2086 # LOA_JAVA_OPTS is a list of options
    java -Xmx1g ${LOA_JAVA_OPTS:-} -jar target/loa.jar run --campaign "$2" --data "$work/$1-data" --port "$http" \
        --sip-port 0 --trunk "sip:127.0.0.1:$3" --voice-browser "sip:127.0.0.1:$4" --progress-every PT5S \
        > "$work/$1.out" 2> "$work/$1.log" &
    loa_pid=$!
    pids+=("$loa_pid")
}

# stop_loa SECONDS: SIGTERM, like Ctrl-C, lets the calls up end; SIGKILL after SECONDS.
stop_loa() {
    kill -TERM "$loa_pid"
    for _ in $(seq 1 $(($1 * 5))); do kill -0 "$loa_pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$loa_pid" 2>/dev/null; then echo "loa still ran $1 s after SIGTERM: killed" >&2; kill -KILL "$loa_pid"; fi
    wait "$loa_pid" 2>/dev/null || true
    sleep 2 # the SIPp ends see the last BYEs
}

# start_loa ID CPS HOLD LINES: campaign, audience, both SIPp ends and loa; returns at its first call.
start_loa() {
    local yaml
    yaml=$(campaign "$1" "$2" 100000)
    audience "$1" "$yaml" "$4"
    uas "$1-subscribers" subscriber-answers-holds-and-hangs-up.xml -d $(($3 * 1000))
    uas "$1-browser" voice-browser-answers-until-bye.xml
    local subscribers="${1//-/_}_subscribers_port" browser="${1//-/_}_browser_port"
    drops=$(rcvbuf_errors)
    launch "$1" "$yaml" "${!subscribers}" "${!browser}"
    until_true 60 has_calls "$1-browser"
}

# report ID: failures, outcomes and datagrams dropped, once loa has stopped.
report() {
    echo "  failed: $(failed_sipp "$1-subscribers") at the SIPp subscribers, $(failed_sipp "$1-browser") at the SIPp" \
        "voice browser; loa's outcomes: $(outcomes "$1"), $(counter "$1" calling) never settled"
    echo "  datagrams dropped for a full receive buffer: $sip_drops by loa's SIP socket, $(($(rcvbuf_errors) - drops)) by" \
        "every UDP socket of the machine"
}

rate_of() { awk -v a="$1" -v b="$2" -v s="$3" -v e="$4" 'BEGIN { printf "%.0f", (b - a) / (e - s) }'; }

baseline() {
    sipp_start base-uas -sn uas -l 1000000
    sipp_start base-uac 127.0.0.1:"$base_uas_port" -sn uac -r "$base_cps" -d $((rate_hold * 1000)) \
        -m $((base_cps * 50)) -l $((base_cps * (rate_hold + 2) * 2))
    local uac=${pids[-1]} stats b0 t0
    stats=$(stats_of base-uac)
    sleep 10
    b0=$(sipp_stat "$stats" 'SuccessfulCall(C)'); t0=$(sipp_stat "$stats" CurrentTime)
    sleep 30
    base_rate=$(rate_of "$b0" "$(sipp_stat "$stats" 'SuccessfulCall(C)')" "$t0" "$(sipp_stat "$stats" CurrentTime)")
    local failed
    failed=$(failed_sipp base-uac) # before SIPp stops: it counts the calls it cuts short as failed
    kill "$uac"; wait "$uac" 2>/dev/null || true
    echo "baseline: SIPp UAC->UAS $base_rate calls/s over 30 s (asked for $base_cps), $failed failed"
}

# rate: steps up loa's limit (loa limits) from RATE_FROM by RATE_STEP calls/s, STEP_SECONDS a step,
# and counts in each step's last STEP_SECONDS - 15 s the calls made and failed; stops after the
# first step that failed a call or made less than 90 % of its limit.
rate_run() {
    local stats limit r0 t0 t1 c0 c1 f0 f1 made failed
    stats=$(stats_of rate-browser)
    local lines=$((rate_from * warm))
    for ((limit = rate_from; limit <= rate_to; limit += rate_step)); do lines=$((lines + limit * step_seconds)); done
    start_loa rate "$rate_from" "$rate_hold" "$lines"
    sleep "$warm"
    rate=0; rate_limit=0; rate_over="none up to $rate_to"
    for ((limit = rate_from; limit <= rate_to; limit += rate_step)); do
        loa limits --campaign "$work/rate.yaml" --data "$work/rate-data" --calls-per-second "$limit" >/dev/null
        sleep 15
        r0=$(sipp_stat "$stats" 'IncomingCall(C)'); t0=$(sipp_stat "$stats" CurrentTime)
        c0=$(cpu_ticks "$loa_pid"); f0=$(step_failures)
        sleep $((step_seconds - 15))
        t1=$(sipp_stat "$stats" CurrentTime); c1=$(cpu_ticks "$loa_pid"); f1=$(step_failures)
        made=$(rate_of "$r0" "$(sipp_stat "$stats" 'IncomingCall(C)')" "$t0" "$t1")
        failed=$((f1 - f0))
        echo "  limit $limit calls/s: $made made, $failed failed; loa used" \
            "$(awk -v a="$c0" -v b="$c1" -v s="$t0" -v e="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz / (e - s) }')" \
            "cores, its heap $(heap_used_mib "$loa_pid") MiB"
        if ((failed > 0 || made * 10 < limit * 9)); then
            rate_over="limit $limit: $made made, $failed failed"
            break
        fi
        rate=$made; rate_limit=$limit
    done
    sip_drops=$(socket_drops rate)
    stop_loa $((rate_hold + 40))
    rate_failed=$(failures rate rate-subscribers rate-browser)
    echo "rate: $rate new calls/s without a failed call (limit $rate_limit); the step over: $rate_over;" \
        "$rate_failed failed in the whole run"
    report rate
}
# Failed calls so far in the rate run, at the SIPp ends and in loa's ended attempts.
step_failures() {
    echo $(($(failed_sipp rate-subscribers) + $(failed_sipp rate-browser) \
        + $(counters rate | awk '/^outcome:/ && $1 != "outcome:answered" { n += $2 } END { print n + 0 }')))
}

held_run() {
    local stats calling used i end
    stats=$(stats_of held-subscribers)
    start_loa held "$held_cps" "$held_hold" $((held_cps * (held_seconds + 20)))
    held_heap=0; held_calling=0
    for ((i = 10; i < held_seconds; i += 10)); do
        sleep 10
        used=$(heap_used_mib "$loa_pid"); ((used > held_heap)) && held_heap=$used
        calling=$(counter held calling); ((calling > held_calling)) && held_calling=$calling
    done
    held_now=$(sipp_stat "$stats" CurrentCall); end=$(date +%s)
    jcmd "$loa_pid" GC.run >/dev/null
    held_live=$(heap_used_mib "$loa_pid")
    sip_drops=$(socket_drops held)
    stop_loa $((held_hold + 40))
    held_peak=$(sipp_span "$stats" CurrentCall | cut -d' ' -f2)
    held_last=$(sipp_span "$stats" CurrentCall $((end - 60)) "$end" | tr ' ' -)
    held_failed=$(failures held held-subscribers held-browser)
    echo "held: $held_peak simultaneous calls at most ($held_last in the last minute of calling, $held_now at the end; loa's calling" \
        "counter up to $held_calling), $held_failed failed; heap used up to $held_heap MiB, $held_live MiB live after a" \
        "full GC at the end"
    report held
}

echo "load before: $(load)"
for run in $runs; do
    case $run in
        baseline) baseline ;;
        rate) rate_run ;;
        held) held_run ;;
        *) echo "RUNS: baseline, rate or held, not $run" >&2; exit 2 ;;
    esac
done
echo "load after: $(load)"
echo
if [[ " $runs " == *" rate "* && " $runs " == *" baseline "* ]]; then
    echo "launcher: $rate new calls/s (both legs), 0 failed; SIPp UAC->UAS baseline: $base_rate calls/s;" \
        "ratio $(awk -v x="$rate" -v y="$base_rate" 'BEGIN { printf "%.2f", x / y }') (the step over: $rate_over)"
fi
if [[ " $runs " == *" held "* ]]; then
    echo "held: $held_peak simultaneous calls, heap $held_live MiB of 1024 (live, at the end; up to $held_heap used)," \
        "$held_failed failed"
fi
