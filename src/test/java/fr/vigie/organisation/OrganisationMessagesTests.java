package fr.vigie.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import fr.vigie.shared.Channel;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.shared.calendar.PublicHoliday;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Message keys built from enum values exist in both languages. */
class OrganisationMessagesTests {

	@Test
	void everyEnumShownOnScreenHasALabel() throws IOException {
		List<String> keys = new ArrayList<>();
		Arrays.stream(Channel.values()).forEach((value) -> keys.add(value.messageKey()));
		Arrays.stream(SiteKind.values()).forEach((value) -> keys.add(value.messageKey()));
		Arrays.stream(ContactKind.values()).forEach((value) -> keys.add(value.messageKey()));
		Arrays.stream(ContactKind.values()).forEach((value) -> keys.add("contact.help." + value.name()));
		Arrays.stream(ExclusionReason.values()).forEach((value) -> keys.add(value.messageKey()));
		Arrays.stream(ImportAction.values()).forEach((value) -> keys.add(value.messageKey()));
		Arrays.stream(OpeningStatus.Reason.values()).forEach((value) -> keys.add(value.messageKey()));
		Arrays.stream(HolidayCalendar.values()).forEach((value) -> keys.add(value.messageKey()));
		Arrays.stream(PublicHoliday.Name.values()).forEach((value) -> keys.add(value.messageKey()));
		Arrays.stream(DayOfWeek.values()).forEach((value) -> {
			keys.add("day." + value.name());
			keys.add("day.short." + value.name());
		});
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(keys).as(bundle).allSatisfy((key) -> assertThat(messages).containsKey(key));
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = OrganisationMessagesTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
