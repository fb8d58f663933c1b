package org.carefeed.choice.demo;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carefeed.choice.imports.GenericCsvFile;
import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.ImportJobs;
import org.carefeed.choice.imports.ImportOptions;
import org.carefeed.choice.imports.NhsChoicesFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty directory, loads a small fictional one and some indicators for it,
 * so that someone trying Carefeed sees a populated service. Written in the published file formats and
 * loaded through the ordinary imports, so the demo exercises the real path. Codes start with ZZ and
 * postcodes with ZZ99, which no real organisation or address has; every figure is made up. Switched
 * on by the local stack only.
 */
@Component
@ConditionalOnBooleanProperty("carefeed.demo.load-on-first-start")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String SOURCE = "Carefeed demo data (made up)";

    static final String HEADER = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬Sector¬OrganisationStatus¬"
            + "IsPimsManaged¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude¬"
            + "ParentODSCode¬ParentName¬Phone¬Email¬Website¬Fax";

    /** code, type, sub type, sector, name, street, postcode, latitude, longitude, parent code, parent name, phone. */
    private static final List<List<String>> PROVIDERS = List.of(
            List.of("ZZ1", "Trust", "Acute", "", "Demoshire Hospitals NHS Foundation Trust", "Trust Headquarters, 1 Infirmary Road", "ZZ99 1AA", "53.8008", "-1.5491", "", "", "0113 000 0001"),
            List.of("ZZ101", "Hospital", "Hospital", "NHS Sector", "Demoshire General Hospital", "1 Infirmary Road", "ZZ99 1AB", "53.8021", "-1.5523", "ZZ1", "Demoshire Hospitals NHS Foundation Trust", "0113 000 0101"),
            List.of("ZZ102", "Hospital", "Hospital", "NHS Sector", "St Anne\u2019s Community Hospital", "40 Park Lane", "ZZ99 1AC", "53.8290", "-1.5860", "ZZ1", "Demoshire Hospitals NHS Foundation Trust", "0113 000 0102"),
            List.of("ZZ103", "Hospital", "Mental Health Hospital", "NHS Sector", "Riverside Mental Health Unit \u2013 Willow Ward", "2 Riverside Walk", "ZZ99 1AD", "53.7900", "-1.5300", "ZZ1", "Demoshire Hospitals NHS Foundation Trust", "0113 000 0103"),
            List.of("ZZ2", "Trust", "Ambulance", "", "Demoshire Ambulance Service NHS Trust", "Ambulance House, Station Road", "ZZ99 2AA", "53.7600", "-1.6000", "", "", "0113 000 0002"),
            List.of("ZZ3", "Trust", "Independent", "", "Demo Independent Healthcare Ltd", "3 Commerce Way", "ZZ99 3AA", "53.9000", "-1.4000", "", "", "0113 000 0003"),
            List.of("ZZ301", "Hospital", "Hospital", "Independent Sector", "Hillside Independent Hospital", "5 Hill View", "ZZ99 3AB", "53.9100", "-1.4200", "ZZ3", "Demo Independent Healthcare Ltd", "0113 000 0301"),
            List.of("ZZ9001", "GP practice", "UNKNOWN", "", "Market Square Surgery", "7 Market Square", "ZZ99 4AA", "53.7970", "-1.5400", "", "", "0113 000 9001"),
            List.of("ZZ9002", "GP practice", "UNKNOWN", "", "Canal Side Medical Practice", "12 Towpath Road", "ZZ99 4AB", "53.7930", "-1.5650", "", "", "0113 000 9002"),
            List.of("ZZ9003", "GP practice", "UNKNOWN", "", "Dr A Patel & Partners", "3 Station Approach", "ZZ99 4AC", "53.8150", "-1.5100", "", "", "0113 000 9003"),
            List.of("ZZ9004", "GP practice", "UNKNOWN", "", "Moorside Health Centre", "Moorside Road", "ZZ99 4AD", "53.8400", "-1.6300", "", "", "0113 000 9004"),
            List.of("ZZ9005", "GP practice", "UNKNOWN", "", "Caf\u00e9 Quarter Family Doctors", "21 Bridge Street", "ZZ99 4AE", "53.7950", "-1.5450", "", "", "0113 000 9005"),
            List.of("ZZC1", "Clinical Commissioning Group", "UNKNOWN", "", "NHS Demoshire CCG", "Civic Centre, 9 Town Hall Street", "ZZ99 5AA", "53.7990", "-1.5480", "", "", "0113 000 0500"));

    private final MongoTemplate mongo;
    private final ImportJobs imports;

    DemoData(MongoTemplate mongo, ImportJobs imports) {
        this.mongo = mongo;
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIfEmpty() throws Exception {
        if (mongo.collectionExists("providers") && mongo.getCollection("providers").countDocuments() > 0) {
            return;
        }
        Path directory = Files.createTempFile("carefeed-demo-directory-", ".csv");
        Files.write(directory, directoryFile());
        String job = imports.submit(directory, "demo-directory.csv", ImportFormat.NHS_CHOICES_ORGANISATIONS,
                new ImportOptions(true, SOURCE, "demo-directory.csv", null)).id();
        // Imports run one after the other, so the indicators follow the directory they belong to.
        Path indicators = Files.createTempFile("carefeed-demo-indicators-", ".csv");
        Files.writeString(indicators, indicatorsFile());
        imports.submit(indicators, "demo-indicators.csv", ImportFormat.INDICATOR_CSV,
                new ImportOptions(false, SOURCE, "demo-indicators.csv", null));
        log.info("Loading the demo directory ({} fictional providers) and indicators, starting with import {}",
                PROVIDERS.size(), job);
    }

    /** Two years of made-up figures for each hospital and GP practice, one of them "not available". */
    static String indicatorsFile() {
        StringBuilder csv = new StringBuilder(GenericCsvFile.HEADER).append("\r\n");
        int n = 0;
        for (List<String> p : PROVIDERS) {
            if (!p.get(1).equals("Hospital") && !p.get(1).equals("GP practice")) {
                continue;
            }
            n++;
            for (String period : List.of("2024-25", "2025-26")) {
                int shift = period.equals("2025-26") ? 2 : 0;
                csv.append(String.join(",", p.get(0), "Would recommend (Friends and Family Test)", period,
                        String.valueOf(80 + (n * 7) % 17 + shift), "%", String.valueOf(200 + n * 31), SOURCE, ""))
                        .append("\r\n");
                csv.append(String.join(",", p.get(0), "\"Waiting time, median (weeks)\"", period,
                        n == 3 ? "-" : String.valueOf(6 + (n * 5) % 11 - shift / 2.0), "weeks", "", SOURCE, ""))
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    static byte[] directoryFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((HEADER + "\r\n").getBytes(NhsChoicesFile.WINDOWS_1252));
        int id = 1;
        for (List<String> p : PROVIDERS) {
            String line = String.join("¬", String.valueOf(id++), p.get(0), p.get(1), p.get(2), p.get(3), "Visible",
                    "False", p.get(4), p.get(5), "", "", "Demoshire", "", p.get(6), p.get(7), p.get(8), p.get(9),
                    p.get(10), p.get(11), "", "", "");
            out.writeBytes((line + "\r\n").getBytes(NhsChoicesFile.WINDOWS_1252));
        }
        return out.toByteArray();
    }
}
