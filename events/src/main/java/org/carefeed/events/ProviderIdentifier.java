package org.carefeed.events;

import java.util.Objects;

/**
 * One identifier a provider is known by, with its kind: {@code ods} (NHS Organisation Data Service
 * code), {@code cqc} (Care Quality Commission location id) or {@code nhs-choices} (the number the NHS
 * Choices files gave the organisation, their {@code OrganisationID}).
 */
public record ProviderIdentifier(String kind, String value) {

    public static final String ODS = "ods";
    public static final String CQC = "cqc";
    public static final String NHS_CHOICES = "nhs-choices";

    public ProviderIdentifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static ProviderIdentifier ods(String code) {
        return new ProviderIdentifier(ODS, code);
    }

    public static ProviderIdentifier cqc(String locationId) {
        return new ProviderIdentifier(CQC, locationId);
    }

    public static ProviderIdentifier nhsChoices(String organisationId) {
        return new ProviderIdentifier(NHS_CHOICES, organisationId);
    }

    /** {@code kind:value}, as look-ups take it. */
    public String qualified() {
        return kind + ":" + value;
    }

    /** The public identifier this identifier would be: an ODS code bare, any other with its kind. */
    public String asPublicId() {
        return ODS.equals(kind) ? value : qualified();
    }
}
