-- Attaches a database file read-only under the name `source`, to copy it (Store.copyOf). Parameter: the path.
ATTACH ? AS source (READ_ONLY);
