package org.carefeed.feedback.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.carefeed.events.EventCodec;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.carefeed.feedback.privatelink.PrivateLinkKey;
import org.carefeed.platform.web.FieldProblem;
import org.carefeed.platform.web.InvalidRequest;
import org.springframework.stereotype.Service;

/** Takes a complaint: checks it, gives it a reference and a due date, and stores it with its event. */
@Service
class ComplaintIntake {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final ComplaintRepository complaints;
    private final ComplaintReferences references;
    private final ProviderDirectory directory;
    private final WorkingDays workingDays;
    private final ComplaintProperties properties;
    private final EventCodec codec;
    private final Clock clock;
    private final MeterRegistry metrics;

    ComplaintIntake(ComplaintRepository complaints, ComplaintReferences references, ProviderDirectory directory,
            ComplaintProperties properties, EventCodec codec, Clock clock, MeterRegistry metrics) {
        this.complaints = complaints;
        this.references = references;
        this.directory = directory;
        properties.bankHolidays().requireCheckedAYearAhead(LocalDate.now(clock.withZone(UK)));
        this.workingDays = new WorkingDays(properties.bankHolidays().calendar());
        this.properties = properties;
        this.codec = codec;
        this.clock = clock;
        this.metrics = metrics;
    }

    record Received(Complaint complaint, String trackingSecret) {
    }

    Received receive(SubmitComplaintRequest request) {
        requireContact(request);
        directory.requireOpen(request.providerCode(), "providerCode");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, UK);
        PrivateLinkKey key = PrivateLinkKey.generate();
        Complaint complaint = Complaint.received(references.next(today.getYear()), request, key.hash(), now,
                workingDays.after(today, properties.acknowledgeWithinWorkingDays()), codec);
        Received received = new Received(complaints.insert(complaint), key.secret());
        // The same metric as reviews' (see ReviewSubmission); a complaint is always received first.
        Counter.builder("carefeed.submissions").description("Reviews and complaints accepted, by what became of them at once")
                .tag("type", "complaint").tag("outcome", "received")
                .register(metrics).increment();
        return received;
    }

    /** At least one way to reach the complainant, and the preferred one among those given. */
    private static void requireContact(SubmitComplaintRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.email() == null && request.phone() == null) {
            problems.add(new FieldProblem("email", "give an email address or a phone number (or both)"));
            problems.add(new FieldProblem("phone", "give a phone number or an email address (or both)"));
        } else if ("email".equals(request.preferredContact()) && request.email() == null) {
            problems.add(new FieldProblem("preferredContact", "you chose email: give an email address too"));
        } else if ("phone".equals(request.preferredContact()) && request.phone() == null) {
            problems.add(new FieldProblem("preferredContact", "you chose phone: give a phone number too"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(InvalidRequest.FIELDS, problems);
        }
    }
}
