package no.treklover.bench;

import java.util.List;

/**
 * A page or API read the benchmark loads: who reads it, what it accepts, and the paths its clients go through
 * (a client's n-th call reads {@code paths.get(n % size)}). The SQL replayed alone is recorded from
 * {@code recordedPaths}: the same paths, or, for a page that keeps its result a while (the statistics), paths the
 * load never asks for, so that the SQL alone is what the page costs when it computes its figures.
 */
record BenchPage(String name, String username, String accept, List<String> paths, List<String> recordedPaths) {

    static final String HTML = "text/html";
    static final String JSON = "application/json";

    BenchPage(String name, String username, String accept, List<String> paths) {
        this(name, username, accept, paths, paths);
    }

    String path(int n) {
        return paths.get(Math.floorMod(n, paths.size()));
    }

    String recordedPath(int n) {
        return recordedPaths.get(Math.floorMod(n, recordedPaths.size()));
    }
}
