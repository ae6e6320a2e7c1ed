package fr.vigie.campaign.ui;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.vigie.campaign.TestSlot;

/** How slots and refusals read in the UI. */
final class SlotTexts {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private SlotTexts() {
	}

	static String when(Component ui, TestSlot slot) {
		String day = slot.date().format(DATE.withLocale(UI.getCurrent().getLocale()));
		return (slot.start() == null) ? day : day + " " + window(slot);
	}

	static String window(TestSlot slot) {
		return (slot.start() == null) ? "" : slot.start().format(TIME) + "–" + slot.end().format(TIME);
	}

	/** "No auditor possible: skills (3), rotation (1)". */
	static String reason(Component ui, TestSlot slot) {
		if (slot.unassignedReason() == null) {
			return "";
		}
		String details = slot.reasonArguments().stream().map((argument) -> {
			String[] ruleAndCount = argument.split("=");
			return ui.getTranslation(ruleAndCount[0]) + " (" + ruleAndCount[1] + ")";
		}).collect(Collectors.joining(", "));
		return ui.getTranslation(slot.unassignedReason()) + (details.isEmpty() ? "" : " : " + details);
	}

	/** Each broken rule of a refused move, translated. */
	static List<String> brokenRules(Component ui, String commaSeparatedKeys) {
		return Arrays.stream(commaSeparatedKeys.split(",")).map(ui::getTranslation).toList();
	}

}
