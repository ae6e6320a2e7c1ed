package fr.vigie.campaign.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.TestSlot;
import fr.vigie.campaign.Wave;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/**
 * Moves one test by hand. The rules of the draw are checked again by the service; a
 * refusal lists every broken rule inside the dialog, and nothing changes.
 */
class MoveSlotDialog extends Dialog {

	private static final String UNASSIGNED = "";

	private final UnorderedList problems = new UnorderedList();

	MoveSlotDialog(CampaignManagement campaigns, TestSlot slot, Wave wave, String siteName,
			Map<String, String> auditorLabels) {
		setHeaderTitle(getTranslation("plan.move.title", siteName, getTranslation(slot.channel().messageKey())));
		DatePicker date = new DatePicker(getTranslation("plan.move.date"), slot.date());
		date.setMin(wave.from());
		date.setMax(wave.to());
		TimePicker start = new TimePicker(getTranslation("plan.move.start"), slot.start());
		start.setStep(java.time.Duration.ofMinutes(5));
		start.setVisible(slot.start() != null);
		List<String> choices = new ArrayList<>(auditorLabels.keySet());
		choices.sort((a, b) -> auditorLabels.get(a).compareTo(auditorLabels.get(b)));
		choices.add(0, UNASSIGNED);
		ComboBox<String> auditor = new ComboBox<>(getTranslation("plan.move.auditor"), choices);
		auditor.setItemLabelGenerator(
				(id) -> UNASSIGNED.equals(id) ? getTranslation("plan.unassigned") : auditorLabels.getOrDefault(id, id));
		auditor.setValue((slot.auditorId() != null) ? slot.auditorId() : UNASSIGNED);
		this.problems.addClassName("move-problems");
		this.problems.getElement().setAttribute("aria-live", "polite");
		add(new FormLayout(date, start, auditor), this.problems);

		Button save = new Button(getTranslation("plan.move.save"), (click) -> {
			this.problems.removeAll();
			try {
				String chosen = UNASSIGNED.equals(auditor.getValue()) ? null : auditor.getValue();
				campaigns.move(slot.id(), date.getValue(), start.isVisible() ? start.getValue() : null, chosen,
						slot.version());
				Notifications.success(this, "plan.move.saved");
				fireEvent(new MovedEvent(this));
				close();
			}
			catch (UserFacingException ex) {
				if ("campaign.move.refused".equals(ex.messageKey())) {
					this.problems.add(new Paragraph(getTranslation("campaign.move.refused")));
					SlotTexts.brokenRules(this, String.valueOf(ex.arguments()[0]))
						.forEach((rule) -> this.problems.add(new ListItem(rule)));
				}
				else {
					Notifications.error(this, ex);
				}
			}
		});
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), (click) -> close()), save);
	}

	Registration addMovedListener(ComponentEventListener<MovedEvent> listener) {
		return addListener(MovedEvent.class, listener);
	}

	static class MovedEvent extends ComponentEvent<MoveSlotDialog> {

		MovedEvent(MoveSlotDialog source) {
			super(source, false);
		}

	}

}
