package org.carefeed.choice.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.carefeed.choice.imports.AdminImports;
import org.carefeed.choice.imports.NhsChoicesFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every layout of the published set, in the project's own fixtures: each kind of identifier, GP
 * practices and their surgeries as one provider or several, deleted and hidden organisations, opening
 * times, services and staff linked in either order, "open now" across the clocks changing, postcodes
 * that no provider has, and re-importing unchanged.
 */
class PublishedSetIT extends IntegrationTest {

    static final String GP_PRACTICES = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬OrganisationName¬"
            + "OrganisationStatus¬IsPimsManaged¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude";
    static final String GP_SURGERIES = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬OrganisationStatus¬"
            + "IsPimsManaged¬isEPSEnabled¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬"
            + "Longitude¬ParentODSCode¬ParentName¬Phone¬Email¬Website¬Fax";
    static final String PHARMACIES = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬OrganisationStatus¬"
            + "IsPimsManaged¬IsEPSEnabled¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬"
            + "Longitude¬ParentODSCode¬ParentName¬Phone¬Email¬Website¬Fax";
    static final String DENTISTS = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬OrganisationStatus¬"
            + "IsPimsManaged¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude¬Phone¬"
            + "Email¬Website¬Fax";
    static final String OPTICIANS = PHARMACIES.replace("¬IsEPSEnabled", "");
    static final String SOCIAL_CARE = "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬OrganisationStatus¬"
            + "IsPimsManaged¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude";
    static final String MINOR_INJURY_UNITS = "OrganisationID¬OrganisationType¬SubType¬OrganisationStatus¬"
            + "IsPimsManaged¬OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude¬Phone¬"
            + "Email¬Website¬Fax";
    static final String OPENING_TIMES = "OrganisationId¬WeekDay¬Times¬IsOpen¬OpeningTimeType¬AdditionalOpeningDate";
    static final String DENTIST_OPENING_TIMES = "OrganisationId¬WeekDay¬Times¬IsOpen¬OpeningTimeType¬AdditonalOpeningDate";
    static final String SERVICES = "OrganisationID¬ServiceName";
    static final String STAFF = "OrganisationID¬Title¬GivenName¬FamilyName¬Role";

    @Autowired
    MongoTemplate mongo;

    private AdminImports imports() {
        return new AdminImports(api());
    }

    private JsonNode importOk(String name, NhsChoicesFixture file) {
        JsonNode job = imports().importAndWait(name, file.windows1252());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("rowsRejected").asLong()).as(job.toString()).isZero();
        return job;
    }

    private JsonNode profile(String id) {
        HttpApi.Response response = api().get("/api/providers/" + id);
        assertThat(response.status()).as(id + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(field == null ? item.asString() : item.get(field).asString()));
        return values;
    }

    @Test
    void aPracticeAndItsOneSurgeryAreOneProviderAndSeveralSurgeriesBelongToTheirPractice() {
        importOk("GPPractices.csv", NhsChoicesFixture.withHeader(GP_PRACTICES)
                .row("71001¬G11111¬GP practice¬UNKNOWN¬Kennet Way Surgery¬Visible¬False¬¬¬¬¬¬¬¬")
                .row("71002¬G22222¬GP practice¬UNKNOWN¬Riverbank Group Practice¬Visible¬False¬¬¬¬¬¬¬¬"));
        JsonNode surgeries = importOk("GP.csv", NhsChoicesFixture.withHeader(GP_SURGERIES)
                .row("81001¬G11111¬GP¬UNKNOWN¬Visible¬True¬False¬Dr Amin & Partners¬1 Kennet Way¬¬¬Readton¬¬RG1 1AA¬51.45¬-0.97¬G11111¬Dr Amin & Partners¬0118 000 0001¬¬¬")
                .row("81002¬G22222¬GP¬UNKNOWN¬Visible¬True¬False¬Riverbank Surgery¬2 River Road¬¬¬Readton¬¬RG1 2AA¬51.46¬-0.96¬G22222¬Riverbank Group Practice¬¬¬¬")
                .row("81003¬G22222¬GP¬UNKNOWN¬Visible¬True¬False¬Riverbank Branch Surgery¬9 Mill Lane¬¬¬Readton¬¬RG2 9ZZ¬51.40¬-0.99¬G22222¬Riverbank Group Practice¬¬¬¬"));
        assertThat(surgeries.get("providersCreated").asLong()).as("the branch surgeries only").isEqualTo(2);

        JsonNode practice = profile("G11111");
        assertThat(practice.get("name").asString()).isEqualTo("Kennet Way Surgery");
        assertThat(texts(practice.get("otherNames"), null)).containsExactly("Dr Amin & Partners");
        assertThat(practice.at("/address/postcode").asString()).as("the surgery's address").isEqualTo("RG1 1AA");
        assertThat(texts(practice.get("identifiers"), "value")).containsExactlyInAnyOrder("G11111", "71001", "81001");
        assertThat(profile("nhs-choices:81001").get("code").asString()).isEqualTo("G11111");
        JsonNode byDoctors = api().get("/api/providers?q=amin").json();
        assertThat(texts(byDoctors.get("items"), "code")).containsExactly("G11111");

        JsonNode group = profile("G22222");
        assertThat(texts(group.get("children"), "code")).containsExactlyInAnyOrder("nhs-choices:81002", "nhs-choices:81003");
        assertThat(profile("nhs-choices:81003").at("/parent/code").asString()).isEqualTo("G22222");
    }

    @Test
    void everyKindOfIdentifierFindsItsProvider() {
        importOk("Pharmacy.csv", NhsChoicesFixture.withHeader(PHARMACIES)
                .row("91001¬PH_FQ101__000001_SO11AA¬Pharmacy¬Community Pharmacy¬Visible¬True¬True¬Quay Pharmacy¬1 Quay Street¬¬¬Southam¬¬SO1 1AA¬50.90¬-1.40¬Q70¬Wessex Area Team¬023 8000 0001¬¬¬")
                .row("91002¬5QX FQ102¬Pharmacy¬UNKNOWN¬Visible¬True¬False¬Corner Chemist¬¬2 Corner Road¬¬Southam¬¬SO1 2AB¬50.91¬-1.41¬5QX¬Southam PCT¬¬¬¬")
                .row("91003¬deleted_FQ103¬Pharmacy¬UNKNOWN¬Visible¬True¬False¬Gone Pharmacy¬¬3 Old Street¬¬Southam¬¬SO1 3AC¬50.92¬-1.42¬5QX¬Southam PCT¬¬¬¬")
                .row("91004¬PH_FQ104__000001_SO14AD¬Pharmacy¬UNKNOWN¬Hidden¬True¬False¬Hidden Pharmacy¬4 Back Lane¬¬¬Southam¬¬SO1 4AD¬50.93¬-1.43¬Q70¬Wessex Area Team¬¬¬¬"));
        importOk("Dentists.csv", NhsChoicesFixture.withHeader(DENTISTS)
                .row("92001¬DE_QQ3156__000002_SO15AE¬Dentists¬UNKNOWN¬Visible¬True¬Bright Smile Dental¬5 High Street¬¬¬Southam¬¬SO1 5AE¬50.94¬-1.44¬¬¬¬"));
        importOk("SCP.csv", NhsChoicesFixture.withHeader(SOCIAL_CARE)
                .row("93001¬1-900000001¬Social care provider¬UNKNOWN¬Visible¬False¬Harbour View Care Home¬6 Harbour Road¬¬¬Southam¬¬SO1 6AF¬50.95¬-1.45"));
        importOk("MIU.csv", NhsChoicesFixture.withHeader(MINOR_INJURY_UNITS)
                .row("94001¬Minor Injury Unit¬UNKNOWN¬Visible¬False¬Southam Minor Injury Unit¬Southam Health Centre¬¬¬¬¬SO1 7AG¬50.96¬-1.46¬ 023 8000 0007 ¬¬¬"));

        assertThat(profile("FQ101").get("type").asString()).isEqualTo("pharmacy");
        assertThat(profile("ods:fq102").get("code").asString()).as("an F-code inside the publisher's code").isEqualTo("FQ102");
        assertThat(profile("nhs-choices:91001").get("code").asString()).isEqualTo("FQ101");
        JsonNode dentist = profile("nhs-choices:92001");
        assertThat(dentist.get("code").asString()).as("no ODS code in it").isEqualTo("nhs-choices:92001");
        assertThat(profile("cqc:1-900000001").get("code").asString()).isEqualTo("cqc:1-900000001");
        JsonNode miu = profile("nhs-choices:94001");
        assertThat(miu.get("type").asString()).isEqualTo("minor-injury-unit");
        assertThat(texts(miu.get("phones"), null)).containsExactly("023 8000 0007");
        assertThat(api().get("/api/providers/92001").status()).as("a bare number is an ODS code, not a publisher's number")
                .isEqualTo(404);
        assertThat(api().get("/api/providers/gmc:123").status()).isEqualTo(400);

        assertThat(profile("FQ103").get("status").asString()).as("deleted in the source").isEqualTo("closed");
        assertThat(profile("FQ104").get("status").asString()).as("hidden in the source").isEqualTo("closed");
        JsonNode search = api().get("/api/providers?type=pharmacy&near=SO1%201AA&radiusKm=20").json();
        assertThat(texts(search.get("items"), "code")).contains("FQ101", "FQ102").doesNotContain("FQ103", "FQ104");
    }

    @Test
    void openingTimesServicesAndStaffLinkInEitherOrderAndOpenNowFollowsTheClocks() {
        JsonNode early = imports().importAndWait("PharmacyOpeningTimes.csv", NhsChoicesFixture.withHeader(OPENING_TIMES)
                .row("95001¬Monday¬09:00-13:00¬True¬General¬")
                .row("95001¬Monday¬13:30-17:30¬True¬General¬")
                .row("95001¬Tuesday¬09:00-17:30¬True¬General¬")
                .row("95001¬¬¬False¬Additional¬Aug 31 2026")
                .row("95001¬Funday¬09:00-17:30¬True¬General¬")
                .windows1252());
        assertThat(early.get("organisationsAwaited").asLong()).as(early.toString()).isEqualTo(1);
        assertThat(early.get("rowsRejected").asLong()).isEqualTo(1);
        assertThat(early.get("rejectedRows").get(0).get("line").asLong()).isEqualTo(6);
        assertThat(early.get("warnings").get(0).asString()).contains("not in the directory yet");

        importOk("Pharmacy.csv", NhsChoicesFixture.withHeader(PHARMACIES)
                .row("95001¬PH_FW501__000001_WR11AA¬Pharmacy¬UNKNOWN¬Visible¬True¬False¬Weir Pharmacy¬1 Weir Lane¬¬¬Worton¬¬WR1 1AA¬52.19¬-2.22¬¬¬¬¬¬"));
        importOk("PharmacyServices.csv", NhsChoicesFixture.withHeader(SERVICES)
                .row("95001¬Flu vaccination service")
                .row("95001¬Minor ailments service"));
        importOk("GPStaff.csv", NhsChoicesFixture.withHeader(STAFF).row("95001¬Mrs¬Ann¬Weir¬Pharmacist"));

        JsonNode weir = profile("FW501");
        assertThat(texts(weir.at("/openingTimes/week/0/times"), null)).containsExactly("09:00-13:00", "13:30-17:30");
        assertThat(weir.at("/openingTimes/week/0/day").asString()).isEqualTo("Monday");
        assertThat(texts(weir.get("services"), null)).containsExactly("Flu vaccination service", "Minor ailments service");
        assertThat(weir.at("/staff/0/role").asString()).isEqualTo("Pharmacist");

        String nearby = "/api/providers?near=WR1%201ZZ&type=pharmacy&service=flu&openAt=";
        // Monday 30 March 2026, the day after the clocks went forward: 08:30Z is 09:30 in the UK.
        JsonNode summer = api().get(nearby + "2026-03-30T08:30:00Z").json();
        assertThat(texts(summer.get("items"), "code")).containsExactly("FW501");
        assertThat(summer.at("/near/precision").asString()).as("no provider has WR1 1ZZ").isEqualTo("sector");
        // Monday 26 October 2026, the day after they went back: 08:30Z is 08:30 in the UK.
        assertThat(api().get(nearby + "2026-10-26T08:30:00Z").json().get("items")).isEmpty();
        assertThat(api().get(nearby + "2026-10-26T09:30").json().get("items")).as("UK local time").hasSize(1);
        assertThat(api().get(nearby + "2026-08-31T10:00").json().get("items")).as("closed on the bank holiday").isEmpty();
        // Without a place, the search finds who is open through an index, narrowed or not.
        JsonNode anywhere = api().get("/api/providers?type=pharmacy&openAt=2026-03-30T08:30:00Z").json();
        assertThat(texts(anywhere.get("items"), "code")).containsExactly("FW501");
        assertThat(anywhere.get("total").asLong()).isEqualTo(1);
        assertThat(api().get("/api/providers?type=pharmacy&openAt=2026-10-26T08:30:00Z").json().get("total").asLong()).isZero();
        JsonNode unnarrowed = api().get("/api/providers?openAt=2026-03-30T08:30:00Z&limit=100").json();
        assertThat(unnarrowed.get("items")).isNotEmpty();
        assertThat(unnarrowed.get("total").asLong()).isPositive();
    }

    @Test
    void postcodesAreFoundByDistrictAndAnUnknownDistrictIsABadRequest() {
        importOk("MIU.csv", NhsChoicesFixture.withHeader(MINOR_INJURY_UNITS)
                .row("96001¬Minor Injury Unit¬UNKNOWN¬Visible¬False¬Yarrow Minor Injury Unit¬Yarrow Road¬¬¬¬¬YO9 1AA¬54.00¬-1.00¬¬¬¬"));

        JsonNode district = api().get("/api/providers?near=yo9%206zz").json();
        assertThat(district.at("/near/precision").asString()).isEqualTo("district");
        assertThat(texts(district.get("items"), "code")).contains("nhs-choices:96001");
        HttpApi.Response unknown = api().get("/api/providers?near=ZX9%201AA");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("near");
        assertThat(unknown.json().at("/errors/0/message").asString()).contains("ZX9");
        assertThat(api().get("/api/providers?near=not%20a%20postcode").status()).isEqualTo(400);
    }

    @Test
    void reimportingUnchangedFilesChangesNothing() {
        NhsChoicesFixture dentists = NhsChoicesFixture.withHeader(DENTISTS)
                .row("97001¬DE_QR01__000001_LN11AA¬Dentists¬UNKNOWN¬Visible¬True¬Lincoln Dental¬1 Steep Hill¬¬¬Lincoln¬¬LN1 1AA¬53.23¬-0.54¬¬¬¬");
        NhsChoicesFixture hours = NhsChoicesFixture.withHeader(DENTIST_OPENING_TIMES)
                .row("97001¬Monday¬09:00-17:00¬True¬General¬")
                .row("97001¬Saturday¬09:00-12:00¬True¬General¬");
        importOk("Dentists.csv", dentists);
        importOk("DentistOpeningTimes.csv", hours);
        Provider before = mongo.findById("nhs-choices:97001", Provider.class);

        JsonNode again = importOk("Dentists.csv", dentists);
        JsonNode hoursAgain = importOk("DentistOpeningTimes.csv", hours);

        assertThat(again.get("providersUnchanged").asLong()).isEqualTo(1);
        assertThat(again.get("providersCreated").asLong() + again.get("providersUpdated").asLong()).isZero();
        assertThat(hoursAgain.get("organisationsUnchanged").asLong()).as(hoursAgain.toString()).isEqualTo(1);
        assertThat(hoursAgain.get("organisationsChanged").asLong()).isZero();
        Provider after = mongo.findById("nhs-choices:97001", Provider.class);
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
        assertThat(after.details().openingTimes()).hasSize(2);
    }

    @Test
    void aLaterFileThatNoLongerListsAnOrganisationTakesAwayWhatItGaveAndHoursAreStoredAsText() {
        importOk("Optician.csv", NhsChoicesFixture.withHeader(OPTICIANS)
                .row("98001¬5AA  1111__000001_BA11AA¬Opticians¬UNKNOWN¬Visible¬False¬Bath Eyes¬1 Milsom St¬¬¬Bath¬¬BA1 1AA¬51.38¬-2.36¬¬¬¬¬¬")
                .row("98002¬5AA  2222__000002_BA11AB¬Opticians¬UNKNOWN¬Visible¬False¬Avon Optical¬2 Milsom St¬¬¬Bath¬¬BA1 1AB¬51.38¬-2.36¬¬¬¬¬¬"));
        importOk("OpticianOpeningTimes.csv", NhsChoicesFixture.withHeader(OPENING_TIMES)
                .row("98001¬Monday¬09:00-17:30¬True¬General¬")
                .row("98002¬Monday¬10:00-16:00¬True¬General¬"));
        assertThat(profile("nhs-choices:98002").at("/openingTimes/week/0/times/0").asString()).isEqualTo("10:00-16:00");

        JsonNode later = importOk("OpticianOpeningTimes.csv", NhsChoicesFixture.withHeader(OPENING_TIMES)
                .row("98001¬Monday¬09:00-17:30¬True¬General¬"));

        assertThat(later.get("organisationsUnchanged").asLong()).as(later.toString()).isEqualTo(1);
        assertThat(later.get("organisationsChanged").asLong()).isEqualTo(1);
        assertThat(later.get("warnings").get(0).asString()).contains("no longer in it").contains("opening times");
        assertThat(profile("nhs-choices:98002").at("/openingTimes/week").isEmpty()).isTrue();
        assertThat(profile("nhs-choices:98001").at("/openingTimes/week/0/times/0").asString()).isEqualTo("09:00-17:30");
        // Wall-clock times, not instants in the JVM's zone.
        Document stored = mongo.findById("98001", Document.class, OrganisationDetails.COLLECTION);
        Document monday = stored.getList("openingTimes", Document.class).get(0);
        assertThat(monday.get("opens")).isEqualTo("09:00");
        assertThat(monday.get("closes")).isEqualTo("17:30");
    }
}
