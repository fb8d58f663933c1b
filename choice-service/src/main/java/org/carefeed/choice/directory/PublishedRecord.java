package org.carefeed.choice.directory;

/**
 * One organisation as a published organisation file lists it (its rows merged), kept on the provider
 * it is part of. A provider is open while at least one of its records is {@link #live}.
 *
 * @param organisationId the publisher's number for it ({@code OrganisationID}), unique across the files
 * @param type           the provider type of the file that lists it, such as {@code gp} or {@code pharmacy}
 * @param publishedCode  its {@code OrganisationCode} as published (an ODS code, the publisher's composite
 *                       code, a CQC location id, {@code deleted_}...), or null where the file has none
 * @param publishedStatus its {@code OrganisationStatus} as published, such as {@code Visible}, or null
 * @param listed         false once a complete import of its file no longer lists it
 * @param entry          what its rows say
 */
record PublishedRecord(String organisationId, String type, String publishedCode, String publishedStatus,
        boolean listed, DirectoryEntry entry) {

    static final String DELETED_PREFIX = "deleted_";

    /** Listed, not marked deleted, and visible (or without a status column). */
    boolean live() {
        return listed && !deleted() && (publishedStatus == null || publishedStatus.equalsIgnoreCase("Visible"));
    }

    boolean deleted() {
        return publishedCode != null && publishedCode.regionMatches(true, 0, DELETED_PREFIX, 0, DELETED_PREFIX.length())
                || publishedStatus != null && publishedStatus.equalsIgnoreCase("Deleted");
    }

    PublishedRecord unlisted() {
        return new PublishedRecord(organisationId, type, publishedCode, publishedStatus, false, entry);
    }
}
