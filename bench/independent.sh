#!/usr/bin/env bash
# P1 and P4 measured by tools that share no code with the server or its benchmark: first a rebuild of every
# view of the store as found is timed against psql reading the same event table; then wrk votes through
# HTTP and pgbench inserts rows straight into PostgreSQL, in one run. Each ratio is printed as the
# benchmark prints it.
#
# Usage, from the repository root, once the server jar is built and a database holds the events to rebuild
# (the benchmark's own, for instance, which it leaves filled when named by ROUNDTABLE_BENCH_DB_URL):
#   PGHOST=localhost PGPORT=5432 PGDATABASE=roundtable_big PGUSER=roundtable PGPASSWORD=roundtable \
#     bench/independent.sh
# Needs wrk, pgbench, psql, curl and jq. WARM_UP (seconds of votes before the measured ones, default 300:
# the server's JIT takes minutes on two cores), DURATION (seconds measured, default 60) and PORT (18080).
set -euo pipefail

WARM_UP=${WARM_UP:-300}
DURATION=${DURATION:-60}
PORT=${PORT:-18080}
JAR=${JAR:-server/target/roundtable-server.jar}
CLIENTS=8
PARTNERS=10
PROPOSALS=5
WORK=$(mktemp -d)
API=http://127.0.0.1:$PORT/api
JSON='Content-Type: application/json'
COORD='-u coord:coord-secret'
ADMIN='-u admin:admin-secret'
: "${PGHOST:?}" "${PGDATABASE:?}" "${PGUSER:?}"
PGPORT=${PGPORT:-5432}

say() { printf '[independent %s] %s\n' "$(date +%T)" "$*" >&2; }

cat > "$WORK/users.yml" <<'EOF'
roundtable.security.users:
  - {name: coord, password: "{noop}coord-secret"}
  - {name: voter, password: "{noop}voter-secret"}
  - {name: admin, password: "{noop}admin-secret", roles: [ADMIN]}
EOF

say "starting the server on $PGHOST:$PGPORT/$PGDATABASE (log: $WORK/server.log)"
java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" \
  --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" \
  --spring.config.additional-location="file:$WORK/users.yml" \
  --roundtable.checkpoints.signing-key-file="$WORK/checkpoint.key" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do
  kill -0 $SERVER || { tail -20 "$WORK/server.log"; exit 1; }
  sleep 1
done

# A store whose views were never built here (the benchmark's, say) is replayed first: measure after it.
until [ "$(curl -sf $ADMIN "http://127.0.0.1:$PORT/actuator/projections" | jq '[.processors[].behind] | max')" = 0 ]; do
  sleep 2
done

# P4 first, as the benchmark measures it: the store as found, before this script's votes are added to it.
# Every view rebuilt, once untimed (the server's first rebuild runs code its JIT has not compiled yet) and
# once timed, against psql reading the whole event table in order.
rebuild() {
  curl -sf $ADMIN -X POST "http://127.0.0.1:$PORT/actuator/projections" > /dev/null
  while [ "$(curl -sf $ADMIN "http://127.0.0.1:$PORT/actuator/projections" | jq -r .rebuild.state)" = RUNNING ]; do
    sleep 1
  done
  curl -sf $ADMIN "http://127.0.0.1:$PORT/actuator/projections" | jq -r .rebuild.seconds
}
EVENTS=$(psql -qXAt -c 'SELECT count(*) FROM domain_event_entry')
say "P4, rebuild: POST /actuator/projections, once untimed, of $EVENTS events"
rebuild > /dev/null
say "P4, raw read: psql copies the $EVENTS rows of the event table"
READ_START=$(date +%s.%N)
psql -qX -c '\copy (SELECT * FROM domain_event_entry ORDER BY global_index) TO /dev/null'
READ=$(echo "$(date +%s.%N) - $READ_START" | bc -l)
say "P4, rebuild: POST /actuator/projections, timed"
REBUILD=$(rebuild)

# P1's set-up: as many partnerships as clients, each with its partners and open proposals; the user
# voter represents every partner, as the benchmark's clients do.
say "forming $CLIENTS partnerships of $PARTNERS partners and $PROPOSALS open proposals"
SECTORS=(PUBLIC PRIVATE NON_PROFIT CIVIL_SOCIETY KNOWLEDGE COMMUNITY)
for c in $(seq 1 $CLIENTS); do
  P=$(curl -sf $COORD -X POST $API/partnerships -H "$JSON" -d "{\"name\": \"Independent $c\",
    \"purpose\": \"Votes timed by wrk\", \"decisionRule\": {\"method\": \"MAJORITY\", \"quorum\": 0.5,
    \"requireEverySector\": false}}" | jq -r .id)
  partners=()
  for n in $(seq 1 $PARTNERS); do
    partners+=("$(curl -sf $COORD -X POST $API/partnerships/$P/partners -H "$JSON" -d "{\"name\": \"Partner $n\",
      \"sector\": \"${SECTORS[$((n % ${#SECTORS[@]}))]}\", \"representatives\": [\"voter\"]}" | jq -r .id)")
  done
  proposals=()
  for n in $(seq 1 $PROPOSALS); do
    proposals+=("$(curl -sf -u voter:voter-secret -X POST $API/partnerships/$P/proposals -H "$JSON" -d "{
      \"partnerId\": \"${partners[0]}\", \"kind\": \"OBJECTIVE\", \"title\": \"Objective $n\",
      \"text\": \"Timed by wrk\"}" | jq -r .id)")
  done
  printf '{"partnership": "%s", "partners": %s, "proposals": %s}\n' "$P" \
    "$(printf '%s\n' "${partners[@]}" | jq -R . | jq -sc .)" "$(printf '%s\n' "${proposals[@]}" | jq -R . | jq -sc .)"
done > "$WORK/partnerships.ndjson"

# Each wrk thread is one client on a partnership of its own; like the benchmark's, it goes through every
# partner on every proposal, each pass flipping the choice, so that every vote records an act.
lua_list() { jq -r "$1 | map(\"\\\"\" + . + \"\\\"\") | join(\", \")"; }
{
  echo 'local partnerships = {'
  while read -r line; do
    printf '  {path = "/api/partnerships/%s/proposals/", partners = {%s}, proposals = {%s}},\n' \
      "$(jq -r .partnership <<< "$line")" "$(lua_list .partners <<< "$line")" "$(lua_list .proposals <<< "$line")"
  done < "$WORK/partnerships.ndjson"
  cat <<'EOF'
}
local next_thread = 1
function setup(thread)
  thread:set("client", next_thread)
  next_thread = next_thread + 1
end
local mine
local votes = 0
function init(args)
  mine = partnerships[client]
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Basic dm90ZXI6dm90ZXItc2VjcmV0"
end
function request()
  local pairs_ = #mine.proposals * #mine.partners
  local pair = votes % pairs_
  local choice = (math.floor(votes / pairs_) % 2 == 0) and "AGREE" or "DISAGREE"
  votes = votes + 1
  local proposal = mine.proposals[(pair % #mine.proposals) + 1]
  local partner = mine.partners[math.floor(pair / #mine.proposals) + 1]
  return wrk.format("POST", mine.path .. proposal .. "/votes", nil,
    '{"partnerId": "' .. partner .. '", "choice": "' .. choice .. '", "rationale": "Weighed at the forum"}')
end
function done(summary, latency, requests)
  io.write(string.format("non-2xx %d\n", summary.errors.status))
end
EOF
} > "$WORK/votes.lua"

say "warming the server up: votes for $WARM_UP s"
wrk -t$CLIENTS -c$CLIENTS -d${WARM_UP}s -s "$WORK/votes.lua" "http://127.0.0.1:$PORT" > "$WORK/warm-up.txt"
say "P1, votes: wrk for $DURATION s"
wrk -t$CLIENTS -c$CLIENTS -d${DURATION}s --latency -s "$WORK/votes.lua" "http://127.0.0.1:$PORT" | tee "$WORK/votes.txt" >&2
VOTES=$(awk '/^Requests\/sec/ {print $2}' "$WORK/votes.txt")
grep -q '^non-2xx 0$' "$WORK/votes.txt" || { say "some votes were not answered 204"; exit 1; }

# P1's baseline: the row of a stored vote inserted by as many clients, each insert its own transaction.
say "P1, baseline: pgbench inserts for $DURATION s"
psql -qX -v ON_ERROR_STOP=1 <<'EOF'
DROP TABLE IF EXISTS independent_row, independent_vote;
DROP SEQUENCE IF EXISTS independent_row_sequence;
CREATE TABLE independent_row (LIKE domain_event_entry INCLUDING CONSTRAINTS INCLUDING INDEXES);
CREATE SEQUENCE independent_row_index OWNED BY independent_row.global_index;
ALTER TABLE independent_row ALTER COLUMN global_index SET DEFAULT nextval('independent_row_index');
CREATE SEQUENCE independent_row_sequence;
CREATE TABLE independent_vote AS SELECT type, time_stamp, payload_type, payload_revision, payload, meta_data
  FROM domain_event_entry WHERE payload_type LIKE '%.VoteChanged' LIMIT 1;
EOF
cat > "$WORK/insert.sql" <<'EOF'
INSERT INTO independent_row (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
  payload_type, payload_revision, payload, meta_data)
SELECT gen_random_uuid()::text, 'independent-' || :client_id, nextval('independent_row_sequence'), type,
  time_stamp, payload_type, payload_revision, payload, meta_data FROM independent_vote;
EOF
# Prepared statements, as a JDBC client's are once it has run one a few times: the simple protocol's parse
# and plan of every insert cost a quarter of the rate here.
pgbench -n -M prepared -c $CLIENTS -j 2 -T 10 -f "$WORK/insert.sql" > /dev/null 2>&1
pgbench -n -M prepared -c $CLIENTS -j 2 -T "$DURATION" -f "$WORK/insert.sql" 2>/dev/null | tee "$WORK/inserts.txt" >&2
INSERTS=$(awk '/^tps = / {print $3}' "$WORK/inserts.txt")
psql -qX -c 'DROP TABLE independent_row, independent_vote; DROP SEQUENCE independent_row_sequence'

printf '\n| id | measured | baseline | ratio |\n|---|---|---|---|\n'
printf '| P1 | %s votes/s (wrk, %d connections) | %s inserts/s (pgbench, %d clients) | %.3f |\n' \
  "$VOTES" $CLIENTS "$INSERTS" $CLIENTS "$(echo "$VOTES / $INSERTS" | bc -l)"
printf '| P4 | %.0f events/s (%s events rebuilt in %s s) | %.0f events/s (psql read in %.2f s) | %.3f |\n' \
  "$(echo "$EVENTS / $REBUILD" | bc -l)" "$EVENTS" "$REBUILD" "$(echo "$EVENTS / $READ" | bc -l)" "$READ" \
  "$(echo "$READ / $REBUILD" | bc -l)"
