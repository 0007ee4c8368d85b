package no.treklover.bench;

import java.util.List;

/**
 * A page or API read the benchmark loads: who reads it, what it accepts, and the paths its clients go through
 * (a client's n-th call reads {@code paths.get(n % size)}).
 */
record BenchPage(String name, String username, String accept, List<String> paths) {

    static final String HTML = "text/html";
    static final String JSON = "application/json";

    String path(int n) {
        return paths.get(Math.floorMod(n, paths.size()));
    }
}
