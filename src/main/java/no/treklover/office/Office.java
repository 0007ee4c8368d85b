package no.treklover.office;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A NAV office (NAV-kontor), identified by its 4-digit enhetsnummer. */
@Entity
@Table(name = "office")
public class Office {

    @Id
    private String id;
    private String name;
    private String county;

    protected Office() {
    }

    public Office(String id, String name, String county) {
        this.id = id;
        this.name = name;
        this.county = county;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCounty() {
        return county;
    }
}
