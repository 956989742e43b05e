# Sourced: start_throwaway_postgres / stop_throwaway_postgres run a private
# PostgreSQL server on loopback with its default durability settings (fsync on).
# Sets THROWAWAY_DATABASE_URL, THROWAWAY_PGDATA, THROWAWAY_PGBIN.

start_throwaway_postgres() {
  THROWAWAY_PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | head -n 1)
  THROWAWAY_PGDATA=$(mktemp -d /tmp/cchc-pg.XXXXXX)
  local port=${THROWAWAY_PGPORT:-54329}
  chown postgres "$THROWAWAY_PGDATA" 2>/dev/null || true
  local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$THROWAWAY_PGBIN/initdb" -D "$THROWAWAY_PGDATA/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$THROWAWAY_PGBIN/pg_ctl" -D "$THROWAWAY_PGDATA/data" -l "$THROWAWAY_PGDATA/log" -w \
    -o "-p $port -k $THROWAWAY_PGDATA -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  THROWAWAY_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  THROWAWAY_AS=("${as[@]}")
  export THROWAWAY_DATABASE_URL THROWAWAY_PGDATA THROWAWAY_PGBIN
}

stop_throwaway_postgres() {
  "${THROWAWAY_AS[@]}" "$THROWAWAY_PGBIN/pg_ctl" -D "$THROWAWAY_PGDATA/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$THROWAWAY_PGDATA"
}
