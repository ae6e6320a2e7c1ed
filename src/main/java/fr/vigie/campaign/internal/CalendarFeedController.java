package fr.vigie.campaign.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves auditors' private calendar feeds. The URL's token is the credential (calendar
 * apps cannot sign in), so the path is open in the security configuration; an unknown
 * token gets a plain 404.
 */
@RestController
class CalendarFeedController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final AuditorCalendarFeed feed;

	CalendarFeedController(AuditorCalendarFeed feed) {
		this.feed = feed;
	}

	@GetMapping(AuditorCalendarFeed.PATH + "{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return this.feed.render(token)
			.map((body) -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(body))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
