package no.treklover.opportunity;

import java.util.List;

/**
 * Norway's 15 counties from 2024, spelt as {@code office.county} spells them. Matching judges travel distance by
 * municipality and county only: the repo holds no coordinates, and none are fetched at run time.
 */
public final class Counties {

    public static final List<String> ALL = List.of("Agder", "Akershus", "Buskerud", "Finnmark", "Innlandet",
            "Møre og Romsdal", "Nordland", "Oslo", "Rogaland", "Telemark", "Troms", "Trøndelag", "Vestfold",
            "Vestland", "Østfold");

    private Counties() {
    }

    public static boolean known(String county) {
        return county != null && ALL.contains(county);
    }
}
