import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic copy of the whole NHS Choices published set (the organisation files, their
 * opening times, services and staff, and the CCG accountability indicators) into a folder, for
 * import benchmarks and tests at full size. The format is exactly the published one: Windows-1252,
 * fields separated by ¬ (0xAC), CRLF, no quoting, the published header lines (misspellings included),
 * coordinates printed the way the publisher printed them. The content is invented: names come from
 * small word lists, postcodes are well-formed but random, coordinates fall inside England.
 * Deterministic: the same scale always gives the same bytes.
 * Usage: java benchmarks/GenerateNhsChoicesSet.java <folder> [scale]   (scale 1.0 = about 67,000
 * organisations and 400,000 detail rows)
 */
public class GenerateNhsChoicesSet {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // Header lines exactly as published: GPPractices.csv has its own column order, the dentist
    // opening times misspell AdditonalOpeningDate, MIU and HealthAuthority have no OrganisationCode.
    private static final String ORGANISATION = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬"
            + "OrganisationStatus¬IsPimsManaged¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬"
            + "Latitude¬Longitude";
    private static final String CONTACT = "¬Phone¬Email¬Website¬Fax";
    private static final String PARENT = "¬ParentODSCode¬ParentName";
    private static final String H_CCG = ORGANISATION + CONTACT;
    private static final String H_CLINICS = H_CCG;
    private static final String H_LAT = H_CCG;
    private static final String H_DENTISTS = H_CCG;
    private static final String H_TRUST = ORGANISATION;
    private static final String H_SCP = ORGANISATION;
    private static final String H_OPTICIAN = ORGANISATION + PARENT + CONTACT;
    private static final String H_HOSPITAL = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬Sector¬"
            + "OrganisationStatus¬IsPimsManaged¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬"
            + "Latitude¬Longitude" + PARENT + CONTACT;
    private static final String H_GP = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬OrganisationStatus¬"
            + "IsPimsManaged¬isEPSEnabled¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬"
            + "Longitude" + PARENT + CONTACT;
    private static final String H_PHARMACY = H_GP.replace("isEPSEnabled", "IsEPSEnabled");
    private static final String H_GP_PRACTICES = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬"
            + "OrganisationName¬OrganisationStatus¬IsPimsManaged¬Address1¬Address2¬Address3¬City¬County¬Postcode¬"
            + "Latitude¬Longitude";
    private static final String H_MIU = "OrganisationID¬OrganisationType¬SubType¬OrganisationStatus¬IsPimsManaged¬"
            + "OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude" + CONTACT;
    private static final String H_HEALTH_AUTHORITY = "OrganisationID¬OrganisationType¬SubType¬OrganisationStatus¬"
            + "IsPimsManaged¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude";
    private static final String H_DENTIST_TIMES =
            "OrganisationId¬WeekDay¬Times¬IsOpen¬OpeningTimeType¬AdditonalOpeningDate";
    private static final String H_TIMES = "OrganisationId¬WeekDay¬Times¬IsOpen¬OpeningTimeType¬AdditionalOpeningDate";
    private static final String H_SERVICES = "OrganisationID¬ServiceName";
    private static final String H_STAFF = "OrganisationID¬Title¬GivenName¬FamilyName¬Role";
    private static final String H_INDICATORS = "OrganisationID¬OrganisationCode¬OrganisationName¬MetricName¬"
            + "TreatmentName¬ConditionName¬ServiceName¬Value¬Text";

    /** Postcode areas of England with a rough centre; districts and towns around them are invented. */
    private static final String[] AREAS = {"AL 51.75 -0.34", "B 52.48 -1.90", "BA 51.38 -2.36", "BB 53.75 -2.48",
            "BD 53.79 -1.75", "BH 50.76 -1.90", "BL 53.58 -2.43", "BN 50.86 -0.14", "BR 51.40 0.02", "BS 51.46 -2.58",
            "CA 54.85 -2.90", "CB 52.20 0.12", "CH 53.19 -2.89", "CM 51.73 0.47", "CO 51.89 0.88", "CR 51.37 -0.10",
            "CT 51.27 1.05", "CV 52.41 -1.51", "CW 53.10 -2.44", "DA 51.44 0.21", "DE 52.92 -1.47", "DH 54.78 -1.57",
            "DL 54.52 -1.55", "DN 53.52 -1.13", "DT 50.74 -2.44", "DY 52.51 -2.09", "E 51.54 -0.04", "EC 51.52 -0.10",
            "EN 51.65 -0.08", "EX 50.74 -3.53", "FY 53.82 -3.00", "GL 51.86 -2.24", "GU 51.24 -0.57", "HA 51.58 -0.34",
            "HD 53.65 -1.78", "HG 54.00 -1.54", "HP 51.75 -0.74", "HR 52.06 -2.72", "HU 53.76 -0.36", "HX 53.72 -1.86",
            "IG 51.56 0.08", "IP 52.08 1.12", "L 53.42 -2.95", "LA 54.05 -2.78", "LE 52.64 -1.13", "LN 53.23 -0.54",
            "LS 53.80 -1.55", "LU 51.88 -0.42", "M 53.48 -2.24", "ME 51.36 0.52", "MK 52.04 -0.76", "N 51.57 -0.11",
            "NE 54.97 -1.61", "NG 52.95 -1.15", "NN 52.24 -0.90", "NR 52.63 1.27", "NW 51.55 -0.18", "OL 53.54 -2.12",
            "OX 51.75 -1.26", "PE 52.57 -0.24", "PL 50.40 -4.12", "PO 50.84 -1.08", "PR 53.76 -2.70", "RG 51.45 -0.97",
            "RH 51.24 -0.21", "RM 51.56 0.18", "S 53.38 -1.47", "SE 51.47 -0.06", "SG 51.90 -0.20", "SK 53.41 -2.15",
            "SL 51.51 -0.59", "SM 51.36 -0.19", "SN 51.56 -1.78", "SO 50.92 -1.40", "SP 51.07 -1.79", "SR 54.89 -1.40",
            "SS 51.56 0.66", "ST 53.00 -2.18", "SW 51.46 -0.17", "SY 52.71 -2.75", "TA 51.02 -3.10", "TF 52.68 -2.45",
            "TN 51.13 0.26", "TQ 50.48 -3.56", "TR 50.26 -5.05", "TS 54.56 -1.24", "TW 51.45 -0.34", "UB 51.53 -0.42",
            "W 51.51 -0.18", "WA 53.39 -2.59", "WC 51.52 -0.12", "WD 51.66 -0.40", "WF 53.68 -1.50", "WN 53.55 -2.63",
            "WR 52.19 -2.22", "WS 52.59 -1.98", "WV 52.59 -2.13", "YO 53.96 -1.08"};
    private static final Set<String> LONDON = Set.of("E", "EC", "N", "NW", "SE", "SW", "W", "WC", "BR", "CR", "DA",
            "EN", "HA", "IG", "RM", "SM", "TW", "UB");
    private static final Map<String, String> CITY_DIALLING = Map.ofEntries(Map.entry("M", "0161"),
            Map.entry("B", "0121"), Map.entry("LS", "0113"), Map.entry("S", "0114"), Map.entry("L", "0151"),
            Map.entry("NE", "0191"), Map.entry("SR", "0191"), Map.entry("DH", "0191"), Map.entry("BS", "0117"),
            Map.entry("NG", "0115"), Map.entry("LE", "0116"), Map.entry("SO", "023"), Map.entry("PO", "023"),
            Map.entry("CV", "024"));
    /** Letters used in inward codes (C, I, K, M, O and V never are). */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final String[] TOWN_START = {"Ash", "Bram", "Cold", "Elm", "Fern", "Hollin", "Kings", "Lang",
            "Mill", "North", "Oak", "Red", "Stan", "Thorn", "Wick", "Wood", "Brook", "Hazel", "Marl", "Sand", "Wes",
            "Ald", "Bex", "Cran", "Dun", "Fal", "Gren", "Hart", "Ked", "Lyd", "Nether", "Pen", "Rother", "Shel",
            "Tad", "Ux", "Wen", "Yar", "Broad", "Chal"};
    private static final String[] TOWN_END = {"ford", "ley", "bridge", "ton", "field", "by", "ham", "wich", "worth",
            "borough", "stead", "combe", "well", "minster", "caster", "dale", "hurst", "mouth", "holme", "thorpe"};
    private static final String[] COUNTY_WORDS = {"Elmshire", "Westmarsh", "Northdale", "Greater Ashfield",
            "Brackenshire", "Kelvinshire", "East Wealdon", "Fernshire", "Highmoor", "Lowvale", "Mercland",
            "Oakshire", "Riverdean", "Southwold Vale", "Thornshire", "Upper Caldew"};
    private static final String[] STREET_WORDS = {"Mill", "Station", "Church", "High", "Victoria", "Park", "Market",
            "Chapel", "School", "Bridge", "Orchard", "Meadow", "Willow", "Rowan", "Beech", "Albion", "Queen’s",
            "King’s", "Fountain", "Granary", "Quarry", "Tannery", "Weavers", "Foundry", "Canal", "Priory", "Abbey",
            "Elm", "Hawthorn", "Kiln", "Saxon", "Lark", "Heron", "Cedar", "Bowling Green", "St Anne’s"};
    private static final String[] STREET_TYPES = {"Road", "Street", "Lane", "Avenue", "Way", "Close", "Drive",
            "Place", "Terrace", "Crescent", "Walk", "Square", "Hill", "Row", "Gardens"};
    private static final String[] BUILDINGS = {"The Health Centre", "Unit 4", "Riverside House", "Oakwood House",
            "The Old School", "Suite 2", "Mill House", "The Surgery", "Primary Care Centre", "First Floor",
            "Ground Floor", "Lantern Court", "Wellbeing Centre", "Clock Tower Buildings", "Victoria Chambers"};
    private static final String[] GIVEN = {"Alice", "Amir", "Anna", "Ben", "Carla", "Chloe", "David", "Deepa",
            "Eleanor", "Emma", "Farid", "Fiona", "George", "Grace", "Hannah", "Harry", "Imran", "Isla", "James",
            "Jane", "Karen", "Kwame", "Laura", "Liam", "Lucy", "Mark", "Mei", "Michael", "Nadia", "Neil", "Olivia",
            "Omar", "Paul", "Priya", "Rachel", "Rhys", "Ruth", "Sam", "Sarah", "Simon", "Sophie", "Tom", "Yusuf",
            "Zoë", "Renée", "José", "Chloé", "Siân", "Anne-Marie", "Helen"};
    private static final String[] MIDDLE = {"Anne", "John", "Louise", "Mary", "James", "Elizabeth", "Kumar", "Jane"};
    private static final String[] FAMILY = {"Ashworth", "Bennett", "Brook", "Carter", "Chandler", "Dalton", "Ellis",
            "Fairley", "Fenwick", "Garside", "Hale", "Harcourt", "Holt", "Ingram", "Jarvis", "Kendal", "Lowther",
            "Marsh", "Mercer", "Norris", "Oakes", "O’Neill", "O’Connor", "Pike", "Quayle", "Radley", "Rowe",
            "Sefton", "Shaw", "Tait", "Thorne", "Underwood", "Vance", "Walsh", "Whitlock", "Yates", "Patel", "Khan",
            "Okafor", "Nguyen", "Kowalski", "Haddad", "Mensah", "Rossi", "Lefèvre", "Ahmed", "Hughes", "Begum",
            "Clarke-Lewis", "Smith"};
    private static final String[] PLACE_WORDS = {"Riverside", "Parkview", "Meadowbank", "Hillside", "Greenway",
            "Brookfield", "Oakwood", "Larkspur", "Castlegate", "Westgate", "Fairfield", "Beacon", "Harbour",
            "Orchard", "Willowbrook", "Cornerstone", "Lime Tree", "Market Cross", "St Hilda’s", "St Agnes’",
            "Abbeyfield", "Springwell", "Heathside", "Lakeside", "Moorland", "Valley", "Hollybush", "Kingsway"};
    private static final String[] BRANDS = {"Wellbridge", "Medico", "Healthwise", "Careway", "Apex", "Kindred",
            "Lumen", "Northstar", "Pillar", "Evergreen", "Sterling", "Blue Heron", "Compass", "Bright Eyes",
            "Clearview", "Smilewell", "Crescent"};
    private static final String[] GP_SERVICES = {"Asthma clinic", "Diabetes clinic", "Family planning",
            "Travel vaccinations", "Flu vaccinations", "Smoking cessation", "Antenatal care", "Postnatal checks",
            "Phlebotomy (blood tests)", "Cervical screening", "Weight management", "Well woman clinic",
            "Well man clinic", "Hypertension clinic", "Heart disease clinic", "Contraceptive services",
            "Minor surgery – provided in-house", "Physiotherapy", "Counselling", "Chronic kidney disease clinic",
            "Ear syringing", "Dressings", "NHS health checks", "Baby clinic", "Child Immunisations",
            "Sexual health", "Dementia care", "Mental health support", "COPD clinic", "Joint injections"};
    private static final String[] PHARMACY_SERVICES = {"Medicines use review", "New medicine service",
            "Emergency hormonal contraception", "Stop smoking service", "Chlamydia screening", "Flu vaccination",
            "Blood pressure check", "Substance misuse: supervised consumption", "Needle exchange",
            "Minor ailments service", "Repeat dispensing", "Home delivery", "Care home support",
            "Appliance use review", "Healthy living pharmacy", "Weight management", "Diabetes screening",
            "Cholesterol testing", "Travel health", "Palliative care drugs stockist", "Consultation room"};
    private static final String[] DENTIST_ROLES = {"Dental Hygienist", "Practice Manager", "Dental Nurse",
            "Orthodontist", "Dental Therapist", "Dental Surgeon", "Receptionist ", "Dental Practioner",
            "Principal Dental Practitioner", "Oral Surgeon", "Dental Nurse and Receptionist "};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    /** Bank holidays of the published period, in the publisher's date format (day padded with a space). */
    private static final String[] ADDITIONAL_DATES = {"Apr 18 2014", "Apr 20 2014", "Apr 21 2014", "May  5 2014",
            "May 26 2014", "Aug 25 2014"};
    /** The published CCG indicator set: metric name, then what the value counts. */
    private static final String[][] METRICS = {
            {"Emergency admission rate for alcohol related liver disease", "admissions per 100,000 people", "30"},
            {"Emergency admission rate for children with lower respiratory tract infections",
                    "admissions per 100,000 people", "600"},
            {"Health gains reported by patients after groin hernia", "average health gain per 100,000 people",
                    "0.08"},
            {"Health gains reported by patients after hip replacement", "average health gain per 100,000 people",
                    "0.42"},
            {"Health gains reported by patients after knee replacement", "average health gain per 100,000 people",
                    "0.3"},
            {"Health gains reported by patients after varicose veins", "average health gain per 100,000 people",
                    "0.1"},
            {"Patient experience of GP out-of-hours services", "of respondents reporting a good experience", "70"},
            {"Potential years of life lost to treatable diseases (Females)",
                    "potential years of life lost per 100,000 females", "1900"},
            {"Potential years of life lost to treatable diseases (Males)",
                    "potential years of life lost per 100,000 males", "2400"},
            {"Rate of avoidable emergency admissions for acute conditions", "admissions per 100,000 people", "1200"},
            {"Rate of emergency readmissions within 30 days of discharge", "readmissions per 100,000 people", "12"},
            {"Under 75 mortality rates from cancer", "deaths per 100,000 people", "140"},
            {"Under 75 mortality rates from cardiovascular disease", "deaths per 100,000 people", "75"},
            {"Under 75 mortality rates from liver disease", "deaths per 100,000 people", "16"},
            {"Under 75 mortality rates from respiratory disease", "deaths per 100,000 people", "30"},
            {"Unplanned hospitalisation for asthma, diabetes and epilepsy in under 19s",
                    "admissions per 100,000 people", "350"},
            {"Unplanned hospitalisation for chronic ambulatory care sensitive conditions",
                    "admissions per 100,000 people", "900"}};

    /** "HH:MM" of every minute of the day, made once: formatting them per row took a good part of the run time. */
    private static final String[] TIMES = new String[24 * 60];

    static {
        for (int minute = 0; minute < TIMES.length; minute++) {
            TIMES[minute] = String.format("%02d:%02d", minute / 60, minute % 60);
        }
    }

    private final Random random = new Random(20140418L);
    private final double scale;
    private final Path folder;
    private final Map<String, long[]> written = new LinkedHashMap<>();
    private final BitSet usedIds = new BitSet();
    private int nextId = 20;
    private final Set<String> usedCodes = new HashSet<>();
    private final List<Area> areas = new ArrayList<>();

    // Parents and the organisations the detail files refer to.
    private final List<Parent> lats = new ArrayList<>();
    private final List<Parent> trusts = new ArrayList<>();
    private final List<Parent> ccgs = new ArrayList<>();
    private final List<Integer> gpSurgeries = new ArrayList<>();
    private final List<Integer> dentists = new ArrayList<>();
    private final List<Integer> pharmacies = new ArrayList<>();
    private final List<Integer> opticians = new ArrayList<>();

    record Parent(int id, String code, String name, String subType) {
    }

    record Area(String code, double latitude, double longitude, String[] towns, String county) {
    }

    /** Address fields Address1..County, Postcode, Latitude, Longitude, and the postcode area for phones. */
    record Place(String[] fields, String area, String postcode, String town) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: java benchmarks/GenerateNhsChoicesSet.java <folder> [scale]");
            System.exit(2);
        }
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        long started = System.nanoTime();
        GenerateNhsChoicesSet generator = new GenerateNhsChoicesSet(Path.of(args[0]), scale);
        generator.generate();
        generator.printSummary((System.nanoTime() - started) / 1e9);
    }

    GenerateNhsChoicesSet(Path folder, double scale) {
        this.folder = folder;
        this.scale = scale;
    }

    void generate() throws IOException {
        Files.createDirectories(folder);
        for (String line : AREAS) {
            String[] parts = line.split(" ");
            String[] towns = new String[1 + random.nextInt(3)];
            for (int i = 0; i < towns.length; i++) {
                towns[i] = townName();
            }
            areas.add(new Area(parts[0], Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), towns,
                    pick(COUNTY_WORDS)));
        }
        // Parents first: the files that point at them need their codes and names.
        writeLats();
        writeCcgs();
        writeTrusts();
        writeHospitals();
        writeGps();
        writeClinics();
        writeDentists();
        writePharmacies();
        writeOpticians();
        writeSocialCare();
        writeMinorInjuryUnits();
        writeHealthAuthorities();
        writeIndicators();
        writeOpeningTimes("DentistOpeningTimes.csv", H_DENTIST_TIMES, dentists, 0.97, 'D');
        writeOpeningTimes("PharmacyOpeningTimes.csv", H_TIMES, pharmacies, 0.97, 'P');
        writeOpeningTimes("OpticianOpeningTimes.csv", H_TIMES, opticians, 0.95, 'O');
        writeServices("GPServices.csv", gpSurgeries, 0.75, GP_SERVICES);
        writeServices("PharmacyServices.csv", pharmacies, 0.5, PHARMACY_SERVICES);
        writeStaff("GPStaff.csv", gpSurgeries, true);
        writeStaff("DentistStaff.csv", dentists, false);
    }

    // ---- organisation files ----

    private void writeLats() throws IOException {
        int count = Math.min(25, count(25));
        try (Out out = open("LAT.csv", H_LAT)) {
            nextId = 463_000;
            for (int i = 0; i < count; i++) {
                int id = newId();
                String code = "Q" + (44 + i);
                usedCodes.add(code);
                Place place = place();
                String name = place.town() + ", " + townName() + " And " + townName() + " Area Team";
                lats.add(new Parent(id, code, name, ""));
                out.row(id, code, "Area Team", "UNKNOWN", status(), "True", name, place, phone(place),
                        "england." + slug(name) + "@nhs.net", "http://www.example.nhs.uk/area-teams/" + slug(name) + "/",
                        "");
            }
        }
    }

    private void writeCcgs() throws IOException {
        try (Out out = open("CCG.csv", H_CCG)) {
            nextId = 462_400;
            for (int i = 0, count = count(211); i < count; i++) {
                int id = newId();
                String code;
                do {
                    code = String.format("%02d%c", random.nextInt(Math.max(16, count / 10)), letter());
                } while (!usedCodes.add(code));
                Place place = place();
                String name = switch (random.nextInt(5)) {
                    case 0 -> "NHS " + place.town() + " and " + townName() + " CCG";
                    case 1 -> "NHS North " + place.town() + " CCG";
                    default -> "NHS " + place.town() + " CCG";
                };
                ccgs.add(new Parent(id, code, name, ""));
                boolean contact = random.nextInt(2) == 0;
                out.row(id, code, "Clinical Commissioning Group", "UNKNOWN", status(), bool(0.55), name, place,
                        contact ? phone(place) : "", random.nextInt(6) == 0 ? slug(name) + "@nhs.net" : "",
                        contact ? "http://www." + slug(name) + ".nhs.uk/" : "", random.nextInt(40) == 0 ? phone(place) : "");
            }
        }
    }

    private void writeTrusts() throws IOException {
        try (Out out = open("Trust.csv", H_TRUST)) {
            nextId = 41_000;
            for (int i = 0, count = count(450); i < count; i++) {
                int id = newId();
                int kind = random.nextInt(100);
                String subType = kind < 55 ? "Independent" : kind < 82 ? "Acute" : kind < 93 ? "MentalHealth"
                        : kind < 97 ? "Ambulance" : "Health and Care";
                String code = subType.equals("Independent") ? newCode(() -> (random.nextInt(12) == 0 ? "A" : "N")
                        + letterOrDigit() + letterOrDigit())
                        : newCode(() -> (subType.equals("Health and Care") ? "T" : "R") + letter() + letterOrDigit());
                Place place = place();
                String name = switch (subType) {
                    case "Independent" -> pick(BRANDS) + " " + pick(new String[] {"Healthcare Ltd", "Care Services Ltd",
                            "Clinics Ltd", "Hospitals Ltd", "Diagnostics Ltd", "Health LLP"});
                    case "Acute" -> place.town() + pick(new String[] {" Hospitals NHS Foundation Trust",
                            " and District Hospitals NHS Trust", " University Hospitals NHS Trust",
                            " Teaching Hospitals NHS Foundation Trust"});
                    case "MentalHealth" -> place.town() + " and " + townName() + " Partnership NHS Trust";
                    case "Ambulance" -> pick(COUNTY_WORDS) + " Ambulance Service NHS Trust";
                    default -> place.town() + " Health and Care NHS Trust";
                };
                trusts.add(new Parent(id, code, name, subType));
                out.row(id, code, "Trust", subType, status(), bool(0.45), name, place);
            }
        }
    }

    private void writeHospitals() throws IOException {
        List<Parent> parents = trusts.stream().filter(t -> !t.subType().equals("Ambulance")).toList();
        if (parents.isEmpty()) {
            parents = trusts;
        }
        Map<String, Integer> sitesOfTrust = new LinkedHashMap<>();
        try (Out out = open("Hospital.csv", H_HOSPITAL)) {
            nextId = 17_900;
            for (int i = 0, count = count(1900); i < count; i++) {
                int id = newId();
                Parent trust = parents.get(random.nextInt(parents.size()));
                String code = newCode(() -> trust.code() + (random.nextInt(10) == 0 ? letterOrDigit() + letterOrDigit()
                        : String.format("%02d", random.nextInt(100))));
                sitesOfTrust.merge(trust.code(), 1, Integer::sum);
                boolean independent = trust.subType().equals("Independent");
                int kind = random.nextInt(10);
                String subType = kind < 8 ? "Hospital" : kind < 9 ? "Mental Health Hospital" : "UNKNOWN";
                Place place = place();
                String name = subType.equals("Mental Health Hospital")
                        ? pick(PLACE_WORDS) + pick(new String[] {" Unit", " House", " Centre for Mental Health"})
                        : independent ? trust.name().split(" ")[0] + " " + pick(PLACE_WORDS) + " Hospital"
                        : pick(new String[] {place.town() + " General Hospital", place.town() + " Community Hospital",
                                pick(PLACE_WORDS) + " Hospital", "St " + pick(GIVEN) + "’s Hospital",
                                place.town() + " Royal Infirmary", place.town() + " Hospital – " + pick(PLACE_WORDS)
                                        + " Wing"});
                String status = status();
                String pims = bool(0.84);
                // One row per phone/email combination, as published.
                List<String> phones = new ArrayList<>(List.of(phone(place)));
                List<String> emails = new ArrayList<>(List.of(random.nextInt(3) == 0 ? "" : "enquiries@" + slug(name)
                        + ".example.co.uk"));
                int shape = random.nextInt(100);
                if (shape >= 75 && shape < 83) {
                    phones.add(phone(place));
                } else if (shape >= 83 && shape < 86) {
                    phones.add(phone(place));
                    phones.add(phone(place));
                } else if (shape >= 86) {
                    phones.add(phone(place));
                    emails.add("patient.advice@" + slug(name) + ".example.co.uk");
                }
                String website = random.nextInt(3) == 0 ? "" : "http://www." + slug(name) + ".example.co.uk";
                String fax = random.nextInt(4) == 0 ? phone(place) : "";
                for (String phone : phones) {
                    for (String email : emails) {
                        out.row(id, code, "Hospital", subType, independent ? "Independent Sector" : "NHS Sector", status,
                                pims, name, place, trust.code(), trust.name(), phone, email, website, fax);
                    }
                }
            }
        }
    }

    /**
     * GPPractices.csv lists practices by ODS code; GP.csv lists the surgeries patients see, with their
     * own OrganisationIDs, most under a practice code, some practices with several surgeries.
     */
    private void writeGps() throws IOException {
        int practices = count(9500);
        int linked = Math.min(practices, count(8131));
        int multi = Math.min(linked, count(1514));
        int surgeriesWanted = count(10_000);

        record Practice(int id, String code, String name, String gpName, Place place) {
        }
        List<Practice> all = new ArrayList<>();
        nextId = 46_000;
        for (int i = 0; i < practices; i++) {
            String code = newCode(() -> {
                char region = "ABCDEFGHJKLMNPY".charAt(random.nextInt(15));
                return region == 'Y' ? "Y0" + digits(4) : region + String.valueOf(81 + random.nextInt(12)) + digits(3);
            });
            Place place = place();
            String name = practiceName(place);
            String gpName = random.nextInt(2) == 0 ? doctorsName() : name;
            all.add(new Practice(newId(), code, name, gpName, place));
        }
        try (Out out = open("GPPractices.csv", H_GP_PRACTICES)) {
            for (Practice practice : all) {
                // About half of the published practices have no address at all.
                boolean address = random.nextInt(100) < 47;
                String[] fields = address ? practice.place().fields() : new String[8];
                List<Object> row = new ArrayList<>(List.of(practice.id(), practice.code(), "GP practice", "UNKNOWN",
                        practice.name(), status(), "False"));
                for (String field : fields) {
                    row.add(field == null ? "" : field);
                }
                out.row(row.toArray());
            }
        }

        record Surgery(int id, String code, String name, String parentName, Place place) {
        }
        List<Practice> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        List<Surgery> surgeries = new ArrayList<>();
        nextId = 1_000;
        for (int i = 0; i < linked; i++) {
            Practice practice = shuffled.get(i);
            int many = i < multi ? surgeriesOfMultiPractice() : 1;
            for (int s = 0; s < many; s++) {
                Place place = s == 0 ? practice.place() : placeNear(practice.place());
                String name;
                String parentName = practice.gpName();
                if (many == 1) {
                    name = random.nextInt(20) == 0 ? practice.name() : practice.gpName();
                    // Now and then the published ParentName is not quite the name (a stray space, another form).
                    parentName = random.nextInt(25) == 0 ? name + " " : name;
                } else {
                    name = random.nextInt(2) == 0 ? practice.gpName() + " - " + pick(PLACE_WORDS) + " Surgery"
                            : place.town() + " " + pick(new String[] {"Surgery", "Health Centre", "Medical Centre"});
                }
                surgeries.add(new Surgery(newId(), practice.code(), name, parentName, place));
            }
        }
        // The rest of GP.csv: surgeries under codes that are not GP practices (walk-in centres, old PCT codes).
        while (surgeries.size() < surgeriesWanted) {
            String code = newCode(() -> random.nextInt(2) == 0 ? "Y0" + digits(4)
                    : "5" + letter() + letter() + letter() + digits(2));
            Place place = place();
            String name = place.town() + pick(new String[] {" Walk-in Centre", " Health Centre", " GP Led Centre"});
            surgeries.add(new Surgery(newId(), code, name, name, place));
        }
        surgeries.sort(Comparator.comparing(Surgery::code).thenComparing(Surgery::id));
        try (Out out = open("GP.csv", H_GP)) {
            for (Surgery surgery : surgeries) {
                gpSurgeries.add(surgery.id());
                Place place = surgery.place();
                out.row(surgery.id(), surgery.code(), "GP", "UNKNOWN", status(), bool(0.92), bool(0.18),
                        surgery.name(), place, surgery.code(), surgery.parentName(), phone(place),
                        random.nextInt(4) == 0 ? slug(surgery.name()) + "@nhs.net" : "",
                        random.nextInt(2) == 0 ? "http://www." + slug(surgery.name()) + ".example.co.uk" : "",
                        random.nextInt(10) < 9 ? phone(place) : "");
            }
        }
        Collections.sort(gpSurgeries);
    }

    /** 2 to 5, mostly 2, so that the surgeries add up to the published total. */
    private int surgeriesOfMultiPractice() {
        int r = random.nextInt(100);
        return r < 90 ? 2 : r < 97 ? 3 : r < 99 ? 4 : 5;
    }

    private void writeClinics() throws IOException {
        try (Out out = open("Clinics.csv", H_CLINICS)) {
            nextId = 18_000;
            for (int i = 0, count = count(6000); i < count; i++) {
                int id = newId();
                String code = newCode(() -> switch (random.nextInt(4)) {
                    case 0 -> "N" + letter() + letter() + digits(2 + random.nextInt(4) / 3 * 3);
                    case 1 -> "R" + letter() + letterOrDigit() + letterOrDigit() + digit();
                    case 2 -> "Y" + letter() + letter() + letter() + digit();
                    default -> "5" + letter() + letter() + digits(2);
                });
                Place place = place();
                String name = pick(new String[] {place.town() + " Health Clinic", pick(PLACE_WORDS) + " Clinic",
                        place.town() + " Children’s Centre", pick(PLACE_WORDS) + " Sexual Health Clinic",
                        pick(BRANDS) + " Physiotherapy", place.town() + " Podiatry Clinic",
                        pick(PLACE_WORDS) + " Family Centre", "Café " + pick(PLACE_WORDS) + " Drop-in"});
                String status = status();
                String pims = bool(0.4);
                boolean contact = random.nextInt(5) == 0;
                // A few clinics appear twice, with another contact on each row.
                int rows = random.nextInt(12) == 0 ? 2 : 1;
                for (int r = 0; r < rows; r++) {
                    out.row(id, code, "Clinic", "UNKNOWN", status, pims, name, place,
                            contact || r > 0 ? phone(place) : "", contact ? "info@" + slug(name) + ".example.co.uk" : "",
                            contact ? "http://www." + slug(name) + ".example.co.uk" : "", "");
                }
            }
        }
    }

    private void writeDentists() throws IOException {
        try (Out out = open("Dentists.csv", H_DENTISTS)) {
            nextId = 2_000;
            for (int i = 0, count = count(10_000); i < count; i++) {
                int id = newId();
                Place place = place();
                String compact = place.postcode().replace(" ", "");
                String code = newCode(() -> {
                    int shape = random.nextInt(100);
                    String serial = String.format("__%06d_", 1 + (random.nextInt(5) == 0 ? random.nextInt(4) : 0));
                    if (shape < 62) {
                        return "DE_Q" + letter() + letterOrDigit() + digits(2 + random.nextInt(3)) + serial + compact;
                    } else if (shape < 90) {
                        return "Q" + letter() + letterOrDigit() + "_" + digits(16);
                    } else if (shape < 98) {
                        return "5" + letter() + letter() + digits(3) + serial + compact;
                    }
                    return digits(5) + serial + compact;
                });
                dentists.add(id);
                String name = pick(new String[] {pick(PLACE_WORDS) + " Dental Practice", place.town() + " Dental Care",
                        pick(BRANDS) + " Dental", pick(STREET_WORDS) + " Street Dental Surgery",
                        doctorsName().replace("& Partners", "Dental Practice"), pick(PLACE_WORDS) + " Orthodontics",
                        place.town() + " Community Dental Service", pick(BRANDS) + " Dental Care Ltd"});
                Place shown = random.nextInt(200) == 0 ? withoutCoordinates(place) : place;
                out.row(id, code, "Dentists", "UNKNOWN", status(), bool(0.7), name, shown, phone(place),
                        random.nextInt(5) < 2 ? slug(name) + "@example.co.uk" : "",
                        random.nextInt(4) == 0 ? "http://" + slug(name) + ".example.co.uk/" : "",
                        random.nextInt(2) == 0 ? phone(place) : "");
            }
        }
    }

    private void writePharmacies() throws IOException {
        List<Parent> pcts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pcts.add(new Parent(0, "5" + letter() + letter(), townName() + " PCT", ""));
        }
        try (Out out = open("Pharmacy.csv", H_PHARMACY)) {
            nextId = 25_000;
            for (int i = 0, count = count(11_500); i < count; i++) {
                int id = newId();
                Place place = place();
                // The F code is the pharmacy's own ODS code: unique, whatever shape it is published in.
                String fCode = newCode(() -> "F" + letter() + letterOrDigit() + digits(2));
                int shape = random.nextInt(1000);
                Parent parent = lats.get(random.nextInt(lats.size()));
                String code;
                if (shape < 5) {
                    code = "deleted_" + fCode;
                } else if (shape < 20) {
                    parent = pcts.get(random.nextInt(pcts.size()));
                    code = parent.code() + " " + fCode;
                } else if (shape < 60) {
                    code = fCode;
                } else {
                    code = "PH_" + fCode + String.format("__%06d_", random.nextInt(8) == 0 ? 2 : 1)
                            + place.postcode().replace(" ", "");
                }
                pharmacies.add(id);
                String name = pick(new String[] {pick(BRANDS) + " Pharmacy", place.town() + " Pharmacy",
                        pick(FAMILY) + "’s Chemist", pick(PLACE_WORDS) + " Pharmacy", pick(BRANDS) + " Chemists Ltd",
                        pick(FAMILY) + " & " + pick(FAMILY) + " Chemists", pick(BRANDS) + " Pharmacy – " + place.town()});
                String phone = phone(place);
                // The published phone numbers of many pharmacies are padded with spaces to 20 characters.
                if (random.nextInt(3) == 0) {
                    phone = String.format("%-20s", phone);
                }
                out.row(id, code, "Pharmacy", shape < 60 ? "UNKNOWN" : "Community Pharmacy", status(), bool(0.8),
                        bool(0.9), name, place, parent.code(), parent.name(), phone,
                        random.nextInt(8) == 0 ? slug(name) + "@example.co.uk" : "",
                        random.nextInt(6) == 0 ? "http://www." + slug(name) + ".example.co.uk" : "",
                        random.nextInt(2) == 0 ? phone(place) : "");
            }
        }
    }

    private void writeOpticians() throws IOException {
        try (Out out = open("Optician.csv", H_OPTICIAN)) {
            nextId = 300;
            for (int i = 0, count = count(7_000); i < count; i++) {
                int id = newId();
                Place place = place();
                String compact = place.postcode().replace(" ", "");
                String name = pick(new String[] {pick(BRANDS) + " Opticians", pick(FAMILY) + " & " + pick(FAMILY)
                        + " Optometrists", place.town() + " Eye Care Ltd", pick(PLACE_WORDS) + " Eyecare",
                        "Eye Centre (" + place.town() + ") Ltd", pick(BRANDS) + " Vision"});
                String code = newCode(() -> {
                    String serial = String.format("__%06d_", 1 + (random.nextInt(4) == 0 ? random.nextInt(8) : 0));
                    int shape = random.nextInt(100);
                    if (shape < 95) {
                        return "OP_5" + letterOrDigit() + letterOrDigit() + "_" + (1 + random.nextInt(15_000)) + serial
                                + compact;
                    } else if (shape < 97) {
                        return "5" + letter() + letter() + "  " + digits(4) + serial + compact;
                    } else if (shape < 98) {
                        return "MOB/" + digits(4) + "/5" + letter() + digit() + serial + compact;
                    } else if (shape < 99) {
                        return "OP_5" + letter() + digit() + "_OPTICIAN " + name.toUpperCase(Locale.ROOT) + serial
                                + compact;
                    }
                    return "5" + letter() + letter() + digits(2) + serial + compact;
                });
                opticians.add(id);
                Parent lat = lats.get(random.nextInt(lats.size()));
                out.row(id, code, "Opticians", "UNKNOWN", status(), bool(0.43), name, place, lat.code(), lat.name(),
                        phone(place), random.nextInt(4) == 0 ? slug(name) + "@example.co.uk" : "",
                        random.nextInt(3) == 0 ? "http://www." + slug(name) + ".example.co.uk" : "",
                        random.nextInt(2) == 0 ? phone(place) : "");
            }
        }
    }

    private void writeSocialCare() throws IOException {
        try (Out out = open("SCP.csv", H_SCP)) {
            nextId = 207_000;
            for (int i = 0, count = count(12_000); i < count; i++) {
                int id = newId();
                String code = newCode(() -> random.nextInt(3) > 0 ? "1-101" + digits(6)
                        : "1-" + (1 + random.nextInt(4)) + digits(8));
                Place place = place();
                String name = pick(new String[] {pick(PLACE_WORDS) + " House", pick(PLACE_WORDS) + " Care Limited",
                        "Mr " + pick(GIVEN) + " " + pick(FAMILY) + " & Mrs " + pick(GIVEN) + " " + pick(FAMILY),
                        pick(PLACE_WORDS) + " Lodge Residential Home", pick(BRANDS) + "care (" + place.town() + ")",
                        pick(BRANDS) + " Home Care Services Ltd", "The " + pick(PLACE_WORDS) + " Nursing Home",
                        pick(FAMILY) + " Court"});
                out.row(id, code, "Social care provider", "UNKNOWN", status(), bool(0.13), name, place);
            }
        }
    }

    private void writeMinorInjuryUnits() throws IOException {
        try (Out out = open("MIU.csv", H_MIU)) {
            nextId = 55_300;
            for (int i = 0, count = count(200); i < count; i++) {
                int id = newId();
                Place place = place();
                String name = pick(new String[] {"Minor Injury and Illness Unit", "Minor Injury Unit",
                        place.town() + " Minor Injuries Unit", place.town() + " Urgent Care Centre",
                        "Minor Illness and Injury Unit"});
                String phone = phone(place) + " ";
                out.row(id, "Minor Injury Unit", "UNKNOWN", status(), "False", name, place,
                        random.nextInt(6) == 0 ? "Tel. " + phone : phone, "", "", "");
            }
        }
    }

    private void writeHealthAuthorities() throws IOException {
        try (Out out = open("HealthAuthority.csv", H_HEALTH_AUTHORITY)) {
            nextId = 66_400;
            for (int i = 0, count = count(60); i < count; i++) {
                int id = newId();
                Place place = place();
                String name = pick(new String[] {"National " + pick(PLACE_WORDS) + " Agency",
                        pick(COUNTY_WORDS) + " Health Authority", "NHS " + pick(BRANDS) + " Service",
                        pick(BRANDS) + " Health Protection Unit"});
                out.row(id, "Health Authority", "UNKNOWN", status(), "False", name, place);
            }
        }
    }

    private void writeIndicators() throws IOException {
        try (Out out = open("AccountabilityIndicatorsClinicalCommissioningGroup.csv", H_INDICATORS)) {
            for (Parent ccg : ccgs) {
                for (String[] metric : METRICS) {
                    if (random.nextInt(100) == 0) {
                        continue;
                    }
                    double typical = Double.parseDouble(metric[2]);
                    String band = random.nextInt(4) == 0 ? "In the best 25% of CCGs" : random.nextInt(3) == 0
                            ? "In the worst 25% of CCGs" : "In the middle range";
                    String value = new BigDecimal(typical * (0.5 + random.nextDouble()))
                            .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
                    if (random.nextInt(25) == 0) {
                        value = random.nextInt(5) == 0 ? "-" : "";
                        band = "Data not available";
                    }
                    String shownValue = value.equals("-") ? "" : value;
                    out.row(ccg.id(), ccg.code(), ccg.name(), metric[0], "", "", "", value,
                            band + " (" + shownValue + " " + metric[1] + ")");
                }
            }
        }
    }

    // ---- detail files ----

    private void writeOpeningTimes(String file, String header, List<Integer> organisations, double share, char kind)
            throws IOException {
        try (Out out = open(file, header)) {
            for (int id : withOrphans(organisations, share)) {
                boolean split = random.nextInt(100) < (kind == 'D' ? 60 : kind == 'P' ? 25 : 10);
                int open = pick(kind == 'P' ? new int[] {510, 540, 540, 540, 420} : new int[] {480, 510, 540, 540});
                int close = pick(kind == 'P' ? new int[] {1050, 1080, 1110, 1140, 1380} : new int[] {1020, 1050, 1080});
                int lunchFrom = pick(new int[] {750, 780}), lunchTo = lunchFrom + pick(new int[] {30, 60});
                int closedDay = random.nextInt(10) == 0 ? random.nextInt(5) : -1;
                boolean saturday = random.nextInt(100) < (kind == 'D' ? 15 : kind == 'P' ? 85 : 85);
                boolean sunday = random.nextInt(100) < (kind == 'D' ? 1 : kind == 'P' ? 20 : 5);
                for (int day = 0; day < 7; day++) {
                    if (day == closedDay && kind == 'O' || day == 5 && !saturday || day == 6 && !sunday) {
                        continue;
                    }
                    if (day >= 5) {
                        int from = day == 5 ? open : 600;
                        int to = day == 5 ? Math.min(close, kind == 'D' ? 780 : 1050) : 960;
                        out.row(id, DAYS[day], time(from) + "-" + time(to), "True", "General", "");
                    } else if (split && day != closedDay) {
                        out.row(id, DAYS[day], time(open) + "-" + time(lunchFrom), "True", "General", "");
                        out.row(id, DAYS[day], time(lunchTo) + "-" + time(close), "True", "General", "");
                    } else {
                        // A half day (early closing) stands for the day some practices close.
                        out.row(id, DAYS[day], time(open) + "-" + time(day == closedDay ? lunchFrom : close), "True",
                                "General", "");
                    }
                }
                // Bank holiday hours: published as additional dates, open or closed.
                if (kind == 'P' && random.nextInt(12) == 0) {
                    String hours = pick(new String[] {"12:00-21:00", "10:00-16:00", "09:00-12:00", "11:00-15:00"});
                    for (String date : ADDITIONAL_DATES) {
                        int what = random.nextInt(10);
                        if (what < 4) {
                            out.row(id, "", hours, "True", "Additional", date);
                        } else if (what < 6) {
                            out.row(id, "", "", "False", "Additional", date);
                        }
                    }
                }
            }
        }
    }

    private void writeServices(String file, List<Integer> organisations, double share, String[] services)
            throws IOException {
        try (Out out = open(file, H_SERVICES)) {
            for (int id : withOrphans(organisations, share)) {
                List<String> offered = new ArrayList<>(List.of(services));
                Collections.shuffle(offered, random);
                for (String service : offered.subList(0, 3 + random.nextInt(8))) {
                    out.row(id, service);
                }
            }
        }
    }

    private void writeStaff(String file, List<Integer> organisations, boolean gp) throws IOException {
        try (Out out = open(file, H_STAFF)) {
            for (int id : withOrphans(organisations, 0.97)) {
                int staff = random.nextInt(50) == 0 ? 9 + random.nextInt(12) : 2 + random.nextInt(7);
                for (int s = 0; s < staff; s++) {
                    String given = pick(GIVEN) + (random.nextInt(4) == 0 ? " " + pick(MIDDLE) : "");
                    String family = pick(FAMILY);
                    if (gp) {
                        String title = pick(new String[] {"Dr", "Dr", "Dr", "Dr", "Dr", "Mrs", "Mrs", "Ms", "Miss",
                                "Mr", "Sister", "Other", "", "Dr.", "Dr ", "DR"});
                        int shape = random.nextInt(100);
                        // Some practices typed the whole name into GivenName, or a stray space after it.
                        if (shape < 3) {
                            given = given + " " + family;
                            family = "";
                        } else if (shape < 5) {
                            given = given + " ";
                        }
                        String role = shape >= 98 ? "Practice Manager" : shape >= 96 ? "GP" : "";
                        out.row(id, title, given, family, role);
                    } else {
                        String title = pick(new String[] {"Mr", "Mr", "Mr", "Dr", "Dr", "Mrs", "Miss", "Ms", "Mr.",
                                "MRS", "Miss", ""});
                        String role = random.nextInt(100) < 82 ? "Dental Practitioner" : pick(DENTIST_ROLES);
                        out.row(id, title, given, family, role);
                    }
                }
            }
        }
    }

    /**
     * The organisations that have rows in a detail file, in ID order, with now and then one that is in
     * no organisation file (about 1% of the rows, as published).
     */
    private List<Integer> withOrphans(List<Integer> organisations, double share) {
        List<Integer> ids = new ArrayList<>();
        for (int id : organisations) {
            if (random.nextDouble() < 0.01 * share) {
                ids.add(orphanId());
            }
            if (random.nextDouble() < share) {
                ids.add(id);
            }
        }
        return ids;
    }

    private int orphanId() {
        int id;
        do {
            id = 1 + random.nextInt(1_200_000);
        } while (usedIds.get(id));
        usedIds.set(id);
        return id;
    }

    // ---- values ----

    private Place place() {
        return place(areas.get(random.nextInt(areas.size())));
    }

    /** A place in the same postcode area as another: a branch surgery near the main one. */
    private Place placeNear(Place other) {
        return place(areas.stream().filter(area -> area.code().equals(other.area())).findFirst().orElseThrow());
    }

    private Place place(Area area) {
        int number = 1 + random.nextInt(area.code().length() == 1 ? 30 : 24);
        // Central London districts have a letter: W1A, EC1A, SW1A.
        String suffix = (area.code().equals("EC") || area.code().equals("WC") || area.code().equals("SW")
                || area.code().equals("W")) && number == 1 ? String.valueOf("ABCDEFGHJKNPRSTUVWXY".charAt(random.nextInt(20))) : "";
        String district = area.code() + number + suffix;
        // Each district sits at its own spot near the area centre, so postcodes that share a district are close.
        Random spot = new Random(district.hashCode());
        double latitude = area.latitude() + (spot.nextDouble() - 0.5) * 0.14 + (random.nextDouble() - 0.5) * 0.016;
        double longitude = area.longitude() + (spot.nextDouble() - 0.5) * 0.2 + (random.nextDouble() - 0.5) * 0.024;
        String town = area.towns()[number % area.towns().length];
        String postcode = district + " " + random.nextInt(10) + INWARD_LETTERS.charAt(random.nextInt(20))
                + INWARD_LETTERS.charAt(random.nextInt(20));
        String street = (random.nextInt(3) == 0 ? "" : (1 + random.nextInt(240)) + " ") + pick(STREET_WORDS) + " "
                + pick(STREET_TYPES);
        String county = random.nextInt(5) < 2 ? area.county() : "";
        String locality = random.nextInt(3) == 0 ? townName() : "";
        String[] lines = switch (random.nextInt(6)) {
            case 0 -> new String[] {pick(BUILDINGS), street, locality, town};
            case 1 -> new String[] {"", street, locality, town};
            case 2 -> new String[] {street, town, "", ""};
            default -> new String[] {street, locality, "", town};
        };
        return new Place(new String[] {lines[0], lines[1], lines[2], lines[3], county, postcode,
                coordinate(noTie((float) latitude)), coordinate(noTie((float) longitude))}, area.code(), postcode, town);
    }

    private static Place withoutCoordinates(Place place) {
        String[] fields = place.fields().clone();
        fields[6] = "";
        fields[7] = "";
        return new Place(fields, place.area(), place.postcode(), place.town());
    }

    /**
     * A coordinate as the publisher printed it: the value was a float, written with 17 significant
     * digits less trailing zeros, and in E notation when it is below 0.1 and needs all 17
     * ("-7.0362597703933716E-2", but "-0.00436444953083992"). Every published value that is not a tie
     * at the 17th digit follows this rule; ties were rounded either way, so {@link #noTie} avoids them.
     */
    static String coordinate(float value) {
        double exact = value;
        BigDecimal digits = new BigDecimal(exact).round(new MathContext(17, RoundingMode.HALF_UP)).stripTrailingZeros();
        if (digits.precision() < 17 || Math.abs(exact) >= 0.1) {
            return digits.toPlainString();
        }
        int exponent = digits.precision() - digits.scale() - 1;
        return digits.movePointLeft(exponent).toPlainString() + "E" + exponent;
    }

    /** The nearest float up whose exact value does not end exactly half way at the 18th digit. */
    static float noTie(float value) {
        while (new BigDecimal(value).stripTrailingZeros().precision() == 18) {
            value = Math.nextUp(value);
        }
        return value;
    }

    private String phone(Place place) {
        String dialling = LONDON.contains(place.area()) ? "020" : CITY_DIALLING.getOrDefault(place.area(),
                "01" + (200 + Math.floorMod(place.area().hashCode(), 800)));
        String number = switch (dialling.length()) {
            case 3 -> dialling + " " + (3 + random.nextInt(6)) + digits(3) + " " + digits(4);
            case 4 -> dialling + " " + (2 + random.nextInt(8)) + digits(2) + " " + digits(4);
            default -> dialling + " " + (2 + random.nextInt(8)) + digits(5);
        };
        return random.nextInt(12) == 0 ? number.replace(" ", "") : number;
    }

    private String practiceName(Place place) {
        return switch (random.nextInt(7)) {
            case 0 -> doctorsName();
            case 1 -> place.town() + " Medical Centre";
            case 2 -> pick(PLACE_WORDS) + " Surgery";
            case 3 -> "The " + pick(PLACE_WORDS) + " Practice";
            case 4 -> pick(STREET_WORDS) + " " + pick(STREET_TYPES) + " Surgery";
            case 5 -> place.town() + " Health Centre";
            default -> pick(PLACE_WORDS) + " Medical Practice";
        };
    }

    private String doctorsName() {
        String first = "Dr " + (char) ('A' + random.nextInt(26)) + " " + pick(FAMILY);
        return switch (random.nextInt(4)) {
            case 0 -> first;
            case 1 -> first + " & " + pick(FAMILY);
            default -> first + " & Partners";
        };
    }

    private String townName() {
        String name = pick(TOWN_START) + pick(TOWN_END);
        int r = random.nextInt(40);
        return r == 0 ? name + "-on-Sea" : r == 1 ? name + " upon Wey" : r == 2 ? "Great " + name : name;
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String time(int minutes) {
        return TIMES[minutes];
    }

    private String status() {
        // Almost all visible; a few hidden, for tests of how hidden organisations are handled.
        return random.nextInt(1000) < 3 ? "Hidden" : "Visible";
    }

    private String bool(double trueShare) {
        return random.nextDouble() < trueShare ? "True" : "False";
    }

    private int newId() {
        nextId += 1 + random.nextInt(3);
        while (usedIds.get(nextId)) {
            nextId++;
        }
        usedIds.set(nextId);
        return nextId;
    }

    private String newCode(java.util.function.Supplier<String> shape) {
        String code;
        do {
            code = shape.get();
        } while (!usedCodes.add(code));
        return code;
    }

    private char letter() {
        return (char) ('A' + random.nextInt(26));
    }

    private char digit() {
        return (char) ('0' + random.nextInt(10));
    }

    private char letterOrDigit() {
        return random.nextInt(3) == 0 ? letter() : digit();
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(digit());
        }
        return text.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    private int count(int fullSize) {
        return Math.max(1, (int) Math.round(fullSize * scale));
    }

    // ---- output ----

    private Out open(String file, String header) throws IOException {
        return new Out(file, header);
    }

    /** One file: counts rows and organisations, and refuses text that Windows-1252 cannot hold. */
    private final class Out implements AutoCloseable {
        private final String file;
        private final Writer writer;
        private final StringBuilder line = new StringBuilder(256);
        private long rows;
        private final BitSet organisations = new BitSet();

        Out(String file, String header) throws IOException {
            this.file = file;
            this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(folder.resolve(file)),
                    WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                            .onMalformedInput(CodingErrorAction.REPORT)), 1 << 16);
            writer.write(header);
            writer.write("\r\n");
        }

        /** Writes the fields joined by ¬; a Place stands for its eight address and coordinate fields. */
        void row(Object... fields) throws IOException {
            line.setLength(0);
            for (Object field : fields) {
                if (field instanceof Place place) {
                    for (String value : place.fields()) {
                        line.append(value).append('¬');
                    }
                } else {
                    line.append(field).append('¬');
                }
            }
            line.setLength(line.length() - 1);
            writer.append(line).append("\r\n");
            rows++;
            if (fields[0] instanceof Integer id) {
                organisations.set(id);
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
            written.put(file, new long[] {rows, organisations.cardinality()});
        }
    }

    private void printSummary(double seconds) {
        long organisationRows = 0, organisations = 0, detailRows = 0;
        Set<String> details = Set.of("DentistOpeningTimes.csv", "PharmacyOpeningTimes.csv", "OpticianOpeningTimes.csv",
                "GPServices.csv", "PharmacyServices.csv", "GPStaff.csv", "DentistStaff.csv");
        for (Map.Entry<String, long[]> file : written.entrySet()) {
            long[] counts = file.getValue();
            boolean detail = details.contains(file.getKey());
            boolean indicators = file.getKey().startsWith("Accountability");
            System.out.printf("%-56s %,9d rows%s%n", file.getKey(), counts[0],
                    detail ? String.format(" (%,d organisations)", counts[1])
                            : indicators ? "" : String.format(" (%,d organisations)", counts[1]));
            if (detail) {
                detailRows += counts[0];
            } else if (!indicators) {
                organisationRows += counts[0];
                organisations += counts[1];
            }
        }
        System.out.printf("Total: %,d organisations on %,d rows, %,d detail rows, %,d rows in %d files; %.1f s%n",
                organisations, organisationRows, detailRows,
                written.values().stream().mapToLong(counts -> counts[0]).sum(), written.size(), seconds);
    }
}
