package org.carefeed.choice.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file Carefeed imports, told apart by the columns of their header line, never by their
 * names. Declared in the order a folder of them is imported: organisations before what is linked to
 * them (linking works in any order, but this way nothing waits), indicators last.
 */
public enum ImportFormat {

    /**
     * An NHS Choices organisation file of any type: GP surgeries and practices, hospitals, trusts,
     * commissioners, clinics, dentists, pharmacies, opticians, social care providers, minor injury
     * units, health authorities, area teams...
     */
    NHS_CHOICES_ORGANISATIONS("nhs-choices-organisations", List.of("OrganisationID", "OrganisationType",
            "OrganisationName")),

    /** NHS Choices opening times: one period of one organisation on a weekday or an additional date. */
    NHS_CHOICES_OPENING_TIMES("nhs-choices-opening-times", List.of("OrganisationID", "WeekDay", "Times", "IsOpen",
            "OpeningTimeType")),

    /** NHS Choices services: one service an organisation offers. */
    NHS_CHOICES_SERVICES("nhs-choices-services", List.of("OrganisationID", "ServiceName")),

    /** NHS Choices staff: one named member of staff of an organisation, with their role. */
    NHS_CHOICES_STAFF("nhs-choices-staff", List.of("OrganisationID", "GivenName", "FamilyName")),

    /** An NHS Choices accountability indicator file. */
    NHS_CHOICES_INDICATORS("nhs-choices-indicators", List.of("OrganisationCode", "MetricName")),

    /** Carefeed's generic indicator CSV: UTF-8, RFC 4180, header {@link GenericCsvFile#HEADER}. */
    INDICATOR_CSV("indicator-csv", List.of());

    private final String apiName;
    private final List<String> columns;

    ImportFormat(String apiName, List<String> columns) {
        this.apiName = apiName;
        this.columns = columns;
    }

    public String apiName() {
        return apiName;
    }

    /** The columns a file of this format must have (in any case); empty for the generic CSV. */
    public List<String> columns() {
        return columns;
    }

    public static Optional<ImportFormat> fromApiName(String name) {
        return Arrays.stream(values()).filter(format -> format.apiName.equals(name)).findFirst();
    }

    /**
     * Tells the format from the first line. Indicator files also name organisations, so they are
     * recognised by their metric column first.
     *
     * @throws RejectedFileException if it is none of them
     */
    public static ImportFormat detect(Path file) throws IOException {
        if (NhsChoicesFile.headerBytes(file).length > 0 && hasNotSign(file)) {
            Set<String> header = NhsChoicesFile.columnKeys(file);
            for (ImportFormat format : List.of(NHS_CHOICES_INDICATORS, NHS_CHOICES_ORGANISATIONS,
                    NHS_CHOICES_OPENING_TIMES, NHS_CHOICES_STAFF, NHS_CHOICES_SERVICES)) {
                if (format.columns.stream().map(CsvRows::columnKey).allMatch(header::contains)) {
                    return format;
                }
            }
            throw new RejectedFileException("Unrecognised NHS Choices file: its header (" + String.join(", ",
                    header.stream().sorted().toList()) + ") is not that of an organisation, opening times, services, "
                    + "staff or indicator file.");
        }
        if (GenericCsvFile.hasHeader(file)) {
            return INDICATOR_CSV;
        }
        throw new RejectedFileException("Unrecognised file. Expected a file of the NHS Choices published set "
                + "(¬-separated, Windows-1252), or a UTF-8 CSV whose header is " + GenericCsvFile.HEADER + ".");
    }

    private static boolean hasNotSign(Path file) throws IOException {
        for (byte b : NhsChoicesFile.headerBytes(file)) {
            if (b == (byte) 0xAC) {
                return true;
            }
        }
        return false;
    }
}
