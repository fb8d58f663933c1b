package org.carefeed.feedback.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carefeed.feedback.account.Account;
import org.carefeed.platform.web.ListPage;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The moderator API (MODERATOR role only, see security): the queue, the whole of one review, and
 * decisions. The queue is worked from the front, and decided reviews leave it, so it needs no cursor.
 */
@RestController
@RequestMapping(path = "/api/moderation", produces = MediaType.APPLICATION_JSON_VALUE)
class ModerationController {

    private final Moderation moderation;

    ModerationController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/queue")
    ListPage<ModerationView> queue(@RequestParam(defaultValue = "50")
            @Min(value = 1, message = "must be from 1 to 100") @Max(value = 100, message = "must be from 1 to 100")
            int limit) {
        return new ListPage<>(moderation.queue(limit).stream().map(ModerationView::of).toList(), null,
                moderation.queueLength());
    }

    @GetMapping("/reviews/{id}")
    ModerationView review(@PathVariable String id) {
        return ModerationView.of(moderation.review(id));
    }

    @PostMapping(path = "/reviews/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ModerationView decide(@PathVariable String id, @Valid @RequestBody DecisionRequest decision,
            @AuthenticationPrincipal Account moderator) {
        return ModerationView.of(moderation.decide(id, decision, moderator));
    }
}
