package org.carefeed.choice.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files in the NHS Choices format for tests: Windows-1252, fields separated by ¬, CRLF line
 * ends, header first. The rows are the project's own, not copies of published data.
 */
public final class NhsChoicesFixture {

    public static final String HOSPITAL_HEADER = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬Sector¬"
            + "OrganisationStatus¬IsPimsManaged¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬"
            + "Latitude¬Longitude¬ParentODSCode¬ParentName¬Phone¬Email¬Website¬Fax";

    private final String header;
    private final List<String> lines = new ArrayList<>();

    private NhsChoicesFixture(String header) {
        this.header = header;
    }

    public static NhsChoicesFixture withHeader(String header) {
        return new NhsChoicesFixture(header);
    }

    /** Adds a row given as its fields joined by ¬, exactly as it should appear in the file. */
    public NhsChoicesFixture row(String line) {
        lines.add(line);
        return this;
    }

    /** A hospital-file row with the usual columns filled and the rest empty. */
    public NhsChoicesFixture hospital(String code, String type, String name, String postcode, String latitude,
            String longitude, String parentCode, String phone, String email) {
        return row(String.join("¬", organisationId(code), code, type, "Hospital", "NHS Sector", "Visible", "False", name,
                "1 High Street", "", "", "Townsville", "Countyshire", postcode, latitude, longitude, parentCode,
                parentCode.isEmpty() ? "" : "Parent Trust of " + parentCode, phone, email, "", ""));
    }

    /** A publisher's number for a code: the same for every row of one organisation, different between them. */
    public static String organisationId(String code) {
        return String.valueOf(Math.floorMod(code.hashCode(), 9_000_000) + 1_000_000);
    }

    public byte[] windows1252() {
        return encode(Charset.forName("windows-1252"));
    }

    /** The same content saved as UTF-8, as a spreadsheet might re-save it: the importer must refuse it. */
    public byte[] utf8() {
        return encode(java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] encode(Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((header + "\r\n").getBytes(charset));
        lines.forEach(line -> out.writeBytes((line + "\r\n").getBytes(charset)));
        return out.toByteArray();
    }
}
