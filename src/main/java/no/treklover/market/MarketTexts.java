package no.treklover.market;

import java.util.Locale;
import no.treklover.platform.text.NorwegianFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Small texts of the contact log's pages, as {@code @marketTexts} in templates. */
@Component("marketTexts")
public class MarketTexts {

    private static final Locale NB = NorwegianFormat.NORWEGIAN;

    private final MessageSource messages;
    private final MarketSettings settings;

    MarketTexts(MessageSource messages, MarketSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public int warningDays() {
        return settings.contactWarningDays();
    }

    /** The NAV unit an entry came from: the office's name, marked when it is an Arbeidslivssenter. */
    public String unit(ContactLine line) {
        NavUnitKind kind = line.contact().getNavUnitKind();
        String kindName = messages.getMessage("employerContact.unit." + kind.name(), null, NB);
        String name = line.navUnitName();
        if (name == null) {
            return kindName;
        }
        return kind == NavUnitKind.WORKLIFE_CENTRE && !name.toLowerCase(NB).contains("arbeidslivssenter")
                ? kindName + ", " + name : name;
    }

    /** The employer's contact person: name, and role and phone when given. */
    public String contactPerson(EmployerContact c) {
        StringBuilder text = new StringBuilder(c.getContactPersonName());
        if (c.getContactPersonRole() != null) {
            text.append(" (").append(c.getContactPersonRole()).append(')');
        }
        if (c.getContactPersonPhone() != null) {
            text.append(", ").append(c.getContactPersonPhone());
        }
        return text.toString();
    }

    /** When, for a button's label: the time of a contact, the day of a plan. */
    public String when(EmployerContact c) {
        return c.getContactedAt() != null ? NorwegianFormat.dateTime(c.getContactedAt())
                : NorwegianFormat.date(c.getNextContactOn());
    }
}
