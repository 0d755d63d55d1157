#!/usr/bin/env bash
# Backs up a Supportdesk installation into a new directory: a consistent dump of its database
# (pg_dump, custom format: one snapshot, taken while Supportdesk runs) and then its files (attachments,
# mail originals, product downloads). Files are copied after the dump: a file is written before the row
# that names it commits and is never deleted afterwards, so every file the dump refers to is copied.
# Restore: see docs/reliability.md (SUPPORTDESK_RESTORE_FROM=<backup dir> on a fresh data directory).
#
# Usage: scripts/backup.sh <backup dir>
# Reads the settings Supportdesk reads: SUPPORTDESK_DATA_DIR (./data), SUPPORTDESK_CASES_ATTACHMENT_DIRECTORY
# (<data dir>/attachments), SUPPORTDESK_DOWNLOADS_DIRECTORY (<data dir>/downloads). The database is the
# embedded one of the data directory (it must be running: start Supportdesk first), or the server that
# PGHOST, PGPORT, PGUSER, PGDATABASE (and PGPASSWORD) name when PGPORT is set.
# Needs pg_dump of PostgreSQL 15 or newer (Debian: apt-get install postgresql-client).
set -euo pipefail

target="${1:?usage: scripts/backup.sh <backup dir>}"
data="${SUPPORTDESK_DATA_DIR:-./data}"
attachments="${SUPPORTDESK_CASES_ATTACHMENT_DIRECTORY:-$data/attachments}"
downloads="${SUPPORTDESK_DOWNLOADS_DIRECTORY:-$data/downloads}"

if [ -e "$target" ] && [ -n "$(ls -A "$target")" ]; then
  echo "error: $target exists and is not empty" >&2; exit 1
fi
command -v pg_dump >/dev/null || { echo "error: pg_dump not found (Debian: apt-get install postgresql-client)" >&2; exit 1; }

if [ -z "${PGPORT:-}" ]; then
  pidfile="$data/postgres/postmaster.pid"
  [ -f "$pidfile" ] || { echo "error: no running embedded database in $data/postgres (start Supportdesk first)" >&2; exit 1; }
  export PGHOST=localhost PGUSER=postgres PGDATABASE=supportdesk
  PGPORT="$(sed -n 4p "$pidfile")"; export PGPORT
fi
export PGDATABASE="${PGDATABASE:-supportdesk}" PGUSER="${PGUSER:-postgres}"

mkdir -p "$target"
pg_dump --format=custom --no-owner --file="$target/supportdesk.dump"
for dir in attachments downloads; do
  source="$attachments"; [ "$dir" = downloads ] && source="$downloads"
  mkdir -p "$target/$dir"
  if [ -d "$source" ]; then
    cp -a "$source/." "$target/$dir/"
    # *.partial files are uploads in progress: nothing in the dump refers to them
    find "$target/$dir" -name '*.partial' -delete
  fi
done
echo "Backed up $PGDATABASE ($(du -h "$target/supportdesk.dump" | cut -f1)), $(find "$target/attachments" -type f | wc -l) attachment files and $(find "$target/downloads" -type f | wc -l) download files into $target"
