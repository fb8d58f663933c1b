package org.carefeed.choice.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.carefeed.events.ProviderCodes;
import org.carefeed.events.ProviderIdentifier;

/**
 * The identifiers an organisation of the published files is known by, recognised from its
 * {@code OrganisationCode}. The code is an ODS code for hospitals, trusts, commissioners, clinics and
 * GP surgeries; a CQC location id for social care providers; and for dentists, pharmacies and
 * opticians the publisher's own composite code, such as {@code PH_FA296__000001_TA190AJ}, in which
 * only the parts shaped like the ODS codes of that kind of provider are taken as ODS codes (a
 * pharmacy's F-code, a dental practice's V-code). Every organisation also has its publisher's number.
 */
final class PublishedIdentifiers {

    private static final Set<String> COMPOSITE_CODE_TYPES = Set.of("dentist", "pharmacy", "optician");
    private static final Pattern PHARMACY_ODS = Pattern.compile("F[A-Z0-9]{4}");
    private static final Pattern DENTAL_ODS = Pattern.compile("V\\d{6}");
    private static final Pattern CQC_LOCATION = Pattern.compile("1-\\d{5,12}");
    private static final Pattern PARTS = Pattern.compile("[^A-Za-z0-9]+");

    private PublishedIdentifiers() {
    }

    /** The ODS code the published code is or contains, or null. */
    static String odsCode(String type, String publishedCode) {
        String code = withoutDeletedMark(publishedCode);
        if (code == null || CQC_LOCATION.matcher(code).matches()) {
            return null;
        }
        if (COMPOSITE_CODE_TYPES.contains(type)) {
            Pattern shape = switch (type) {
                case "pharmacy" -> PHARMACY_ODS;
                case "dentist" -> DENTAL_ODS;
                default -> null;
            };
            if (shape == null) {
                return null;
            }
            for (String part : PARTS.split(code.toUpperCase(Locale.ROOT))) {
                if (shape.matcher(part).matches()) {
                    return part;
                }
            }
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        return ProviderCodes.isValid(upper) ? upper : null;
    }

    /** The CQC location id the published code is, or null. */
    static String cqcLocation(String publishedCode) {
        String code = withoutDeletedMark(publishedCode);
        return code != null && CQC_LOCATION.matcher(code).matches() ? code : null;
    }

    /** Every identifier recognised, the publisher's number last. */
    static List<ProviderIdentifier> of(String organisationId, String type, String publishedCode) {
        List<ProviderIdentifier> identifiers = new ArrayList<>();
        String ods = odsCode(type, publishedCode);
        if (ods != null) {
            identifiers.add(ProviderIdentifier.ods(ods));
        }
        String cqc = cqcLocation(publishedCode);
        if (cqc != null) {
            identifiers.add(ProviderIdentifier.cqc(cqc));
        }
        identifiers.add(ProviderIdentifier.nhsChoices(organisationId));
        return identifiers;
    }

    private static String withoutDeletedMark(String publishedCode) {
        if (publishedCode == null) {
            return null;
        }
        String code = publishedCode.strip();
        if (code.regionMatches(true, 0, PublishedRecord.DELETED_PREFIX, 0, PublishedRecord.DELETED_PREFIX.length())) {
            code = code.substring(PublishedRecord.DELETED_PREFIX.length()).strip();
        }
        return code.isEmpty() ? null : code;
    }
}
