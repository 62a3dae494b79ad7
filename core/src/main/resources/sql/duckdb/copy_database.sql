-- Copies the attached file into the in-memory database, then lets go of the file (and of its lock).
COPY FROM DATABASE source TO memory;
DETACH source;
