package org.carefeed.choice.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of file Carefeed imports, told apart by their header line. */
public enum ImportFormat {

    /** An NHS Choices organisation file: Hospital, GP practices, Trust, CCG, Clinics, Dentists, Pharmacy, Optician... */
    NHS_CHOICES_ORGANISATIONS("nhs-choices-organisations"),

    /** An NHS Choices accountability indicator file. */
    NHS_CHOICES_INDICATORS("nhs-choices-indicators"),

    /** Carefeed's generic indicator CSV: UTF-8, RFC 4180, header {@link GenericCsvFile#HEADER}. */
    INDICATOR_CSV("indicator-csv");

    private final String apiName;

    ImportFormat(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<ImportFormat> fromApiName(String name) {
        return Arrays.stream(values()).filter(format -> format.apiName.equals(name)).findFirst();
    }

    /**
     * Tells the format from the first line.
     *
     * @throws RejectedFileException if it is none of them
     */
    public static ImportFormat detect(Path file) throws IOException {
        String header = NhsChoicesFile.header(file);
        if (header.indexOf('\u00AC') >= 0) {
            if (header.contains("MetricName")) {
                return NHS_CHOICES_INDICATORS;
            }
            if (header.contains("OrganisationCode")) {
                return NHS_CHOICES_ORGANISATIONS;
            }
        }
        if (GenericCsvFile.hasHeader(file)) {
            return INDICATOR_CSV;
        }
        throw new RejectedFileException("Unrecognised file. Expected an NHS Choices organisation or indicator file "
                + "(¬-separated, Windows-1252), or a UTF-8 CSV whose header is " + GenericCsvFile.HEADER + ".");
    }
}
