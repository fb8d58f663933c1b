package org.carefeed.choice.ratelimit;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carefeed.platform.text.PrintableText;
import org.carefeed.platform.web.ListPage;
import org.carefeed.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN only, as all of {@code /api/admin}: API keys for clients that need more than the anonymous limit. */
@RestController
class ApiKeysController {

    private final ApiKeys keys;

    ApiKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    /** @param contact how to reach the key's holder, such as an email address */
    record IssueRequest(
            @NotBlank(message = "must name who the key is for") @Size(max = 200, message = "must be at most 200 characters")
            @PrintableText String name,
            @NotBlank(message = "must say how to reach the key's holder") @Size(max = 200, message = "must be at most 200 characters")
            @PrintableText String contact) {
    }

    /** A key as listed: never its secret. */
    record KeyView(String id, String name, String contact, Instant createdAt, Instant revokedAt, boolean revoked) {

        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.name(), key.contact(), key.createdAt(), key.revokedAt(),
                    key.revokedAt() != null);
        }
    }

    /** The key is in the answer once: only its hash is kept, so it cannot be shown again. */
    @PostMapping(path = "/api/admin/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiKeys.Issued> issue(@Valid @RequestBody IssueRequest request) {
        ApiKeys.Issued issued = keys.issue(request.name().strip(), request.contact().strip());
        return ResponseEntity.created(URI.create("/api/admin/api-keys/" + issued.id())).body(issued);
    }

    @GetMapping(path = "/api/admin/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
    ListPage<KeyView> list() {
        List<KeyView> all = keys.list().stream().map(KeyView::of).toList();
        return new ListPage<>(all, null, (long) all.size());
    }

    /** Refused at once here, and by every instance within {@code carefeed.rate-limits.key-cache-time}. */
    @DeleteMapping("/api/admin/api-keys/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!keys.revoke(id)) {
            throw new NotFound("There is no API key " + id.replaceAll("[^A-Za-z0-9-]", "") + ".");
        }
        return ResponseEntity.noContent().build();
    }
}
