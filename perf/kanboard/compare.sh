#!/usr/bin/env bash
# Side by side: the same board in PSO Portal and in Kanboard, on this machine (issue #17, docs/performance.md,
# "Against a peer"). Not part of CI: it needs a Kanboard work tree, Debian's nginx and PHP-FPM, and a few minutes.
#
#   perf/kanboard/compare.sh /path/to/kanboard [runs]
#
# The Kanboard work tree is its public repository (it carries its PHP dependencies in vendor/). The script
#  1. installs nginx, PHP-FPM 8.2 with OPcache and the PHP extensions Kanboard needs, if missing;
#  2. starts the packaged portal (target/pso-portal-*.jar; built if absent) with the large generated organisation
#     on its embedded MariaDB, and picks the project whose board (open cards and those done in the last 14 days,
#     as the board shows them) has the number of cards closest to 71;
#  3. serves Kanboard with its own nginx and PHP-FPM (SQLite, OPcache on, timestamps not revalidated, gzip for the
#     same types as the portal) and copies that board into it through Kanboard's JSON-RPC API: the same titles,
#     columns and order;
#  4. runs perf/kanboard/compare.mjs (Playwright driving Debian's headless Chromium), which alternates the two
#     products run by run and prints the table: opening the board in a fresh tab with a warm cache (time to visible
#     cards, bytes transferred, server CPU) and moving a card by real mouse drag (time, bytes, server CPU).
# Server CPU is read from /proc for the whole server side: the portal's JVM and its MariaDB, against nginx and every
# PHP-FPM process. SCREENSHOTS=1 keeps a screenshot of each board after its move. Everything it starts is stopped at the end; its files stay under target/kanboard-compare/.
set -euo pipefail
cd "$(dirname "$0")/../.."

KANBOARD=$(readlink -f "${1:?usage: $0 /path/to/kanboard [runs]}")
RUNS=${2:-10}
[ -f "$KANBOARD/index.php" ] && [ -d "$KANBOARD/vendor" ] || { echo "Not a Kanboard work tree with vendor/: $KANBOARD"; exit 1; }
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=$(pwd)/target/kanboard-compare
rm -rf "$WORK" && mkdir -p "$WORK/kanboard-data" "$WORK/tmp"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# --- 1. packages ---------------------------------------------------------------------------------------------------
need=()
for pkg in nginx-light php8.2-fpm php8.2-sqlite3 php8.2-mbstring php8.2-gd php8.2-xml php8.2-opcache chromium mariadb-client; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${need[@]}"
fi
if ! [ -d "$WORK/../kanboard-node/node_modules/playwright-core" ]; then
  mkdir -p "$WORK/../kanboard-node"
  (cd "$WORK/../kanboard-node" && npm install --silent --no-audit --no-fund playwright-core@1.64.1 >/dev/null)
fi

free_port() { while :; do p=$(( 20000 + RANDOM % 12000 )); (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return; }; done; }

# --- 2. the portal ---------------------------------------------------------------------------------------------------
JAR=$(ls target/pso-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -B -q package -DskipTests -Dbench.smoke.skip=true; JAR=$(ls target/pso-portal-*.jar | grep -v original | head -1); fi
PSO_PORT=$(free_port); MGMT_PORT=$(free_port)
echo "Starting the portal (large organisation) on port $PSO_PORT ..."
env -u PSO_DB_URL PORT=$PSO_PORT PSO_MANAGEMENT_PORT=$MGMT_PORT PSO_DATA_DIR="$WORK/portal-data" PSO_DEMO_DATA=large \
  "$JAVA_HOME/bin/java" -jar "$JAR" > "$WORK/portal.log" 2>&1 &
PSO_PID=$!; PIDS+=("$PSO_PID")
# the organisation is generated after the start (14-30 s on two cores)
for _ in $(seq 1 900); do grep -q "Large organisation generated" "$WORK/portal.log" && break; kill -0 $PSO_PID || { tail -50 "$WORK/portal.log"; exit 1; }; sleep 1; done
grep -q "Large organisation generated" "$WORK/portal.log" || { echo "The large organisation was not generated in 15 minutes"; exit 1; }
DB_PORT=$(sed -n 's/.*Embedded MariaDB started on 127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/portal.log" | head -1)
SQL() { mariadb -h127.0.0.1 -P"$DB_PORT" -upso -p"$(cat "$WORK/portal-data/db-password")" pso -N -B -e "$1"; }
BOARD_WHERE="t.archived_at IS NULL AND (t.board_column <> 'DONE' OR t.completed_at >= NOW() - INTERVAL 14 DAY)"
PROJECT=$(SQL "SELECT t.project_id FROM admin_task t WHERE $BOARD_WHERE GROUP BY t.project_id ORDER BY ABS(COUNT(*) - 71), t.project_id LIMIT 1")
SQL "SELECT t.board_column, REPLACE(REPLACE(t.title, '\t', ' '), '\n', ' ') FROM admin_task t WHERE $BOARD_WHERE AND t.project_id = $PROJECT
     ORDER BY FIELD(t.board_column, 'TODO', 'IN_PROGRESS', 'WAITING', 'DONE'), t.position" > "$WORK/cards.tsv"
echo "Project $PROJECT: $(wc -l < "$WORK/cards.tsv") cards"

# --- 3. Kanboard ---------------------------------------------------------------------------------------------------
KB_PORT=$(free_port)
cat > "$WORK/php-fpm.conf" <<CONF
[global]
pid = $WORK/php-fpm.pid
error_log = $WORK/php-fpm.log
daemonize = no
[kanboard]
user = $(id -un)
listen = $WORK/php-fpm.sock
pm = static
pm.max_children = 4
clear_env = yes
env[DATA_DIR] = $WORK/kanboard-data
php_admin_value[opcache.enable] = 1
php_admin_value[opcache.validate_timestamps] = 0
php_admin_value[upload_tmp_dir] = $WORK/tmp
CONF
cat > "$WORK/nginx.conf" <<CONF
daemon off;
$([ "$(id -u)" -eq 0 ] && echo "user root;")
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  sendfile on;
  gzip on;
  gzip_types text/css application/javascript text/javascript application/json image/svg+xml font/woff2 font/ttf;
  server {
    listen 127.0.0.1:$KB_PORT;
    root $KANBOARD;
    index index.php;
    location / { try_files \$uri \$uri/ /index.php\$is_args\$args; }
    location ~ \.php\$ {
      try_files \$uri =404;
      fastcgi_pass unix:$WORK/php-fpm.sock;
      fastcgi_index index.php;
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$realpath_root\$fastcgi_script_name;
    }
    location ~* ^.+\.(log|sqlite)\$ { return 404; }
    location ~ /\.ht { return 404; }
    location ~* ^.+\.(ico|jpg|gif|png|css|js|svg|eot|ttf|woff|woff2|otf)\$ { expires 7d; etag on; }
  }
}
CONF
# both run as the calling user (root only with -R): the workers then read and write the work tree as it does
/usr/sbin/php-fpm8.2 $([ "$(id -u)" -eq 0 ] && echo -R) -y "$WORK/php-fpm.conf" -c /etc/php/8.2/fpm/php.ini & PIDS+=("$!"); FPM_PID=$!
/usr/sbin/nginx -c "$WORK/nginx.conf" -p "$WORK" & PIDS+=("$!"); NGINX_PID=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$KB_PORT/" 2>/dev/null && break; sleep 0.2; done

# --- 4. the measurement ----------------------------------------------------------------------------------------------
PLAYWRIGHT_HOME="$WORK/../kanboard-node" node perf/kanboard/compare.mjs \
  --portal "http://127.0.0.1:$PSO_PORT" --project "$PROJECT" --portal-pids "$PSO_PID" \
  --kanboard "http://127.0.0.1:$KB_PORT" --kanboard-pids "$NGINX_PID $FPM_PID" \
  --cards "$WORK/cards.tsv" --runs "$RUNS" | tee "$WORK/report.md"
