package no.treklover.employer.register;

/**
 * A row the import left out, where it was in the file and why.
 *
 * @param orgNumber the organisation number as the row gave it (cut to 20 characters), or null
 * @param detail the field or what was wrong, in English (shown beside the reason's Norwegian text)
 */
record Rejection(RawRow.PositionKind positionKind, long position, String orgNumber, Reason reason, String detail) {

    enum Reason {
        MISSING_ORG_NUMBER, BAD_ORG_NUMBER, MISSING_NAME, TOO_LONG, BAD_MUNICIPALITY_NUMBER, BAD_NACE_CODE,
        BAD_NUMBER, BAD_DATE, BAD_FLAG, BAD_PARENT, MALFORMED_JSON, MALFORMED_CSV, DATABASE
    }

    Rejection {
        orgNumber = orgNumber == null ? null : orgNumber.length() > 20 ? orgNumber.substring(0, 20) : orgNumber;
        detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
    }
}
