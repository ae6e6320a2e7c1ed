package fr.vigie.referential.ui;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fr.vigie.referential.CheckItem;
import fr.vigie.referential.LocalizedText;
import fr.vigie.referential.Measure;
import fr.vigie.referential.MeasureUnit;
import fr.vigie.referential.NodeEdit;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.Requirement;
import fr.vigie.referential.Target;
import fr.vigie.referential.TargetComparator;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/**
 * Edits the texts and checklist rules of one node of a draft. It only builds the change
 * and fires a {@link SaveEvent}; the view owning it talks to the service.
 */
class NodeEditor extends Div {

	private final ReferentialNode original;

	private final boolean item;

	private final TextField refId = new TextField();

	private final TextArea nameFr = new TextArea();

	private final TextArea nameEn = new TextArea();

	private final TextArea guidanceFr = new TextArea();

	private final TextArea guidanceEn = new TextArea();

	private final CheckboxGroup<Channel> channels = new CheckboxGroup<>();

	private final Select<MeasureUnit> unit = new Select<>();

	private final Select<TargetComparator> comparator = new Select<>();

	private final BigDecimalField targetValue = new BigDecimalField();

	private final BigDecimalField weight = new BigDecimalField();

	private final Checkbox blocking = new Checkbox();

	private final Checkbox mandatory = new Checkbox();

	private final Select<Requirement> photo = new Select<>();

	private final Select<Requirement> freeText = new Select<>();

	/**
	 * @param original the node to edit, or null to create a new checklist item
	 * @param saveLabel message key of the save button
	 */
	NodeEditor(ReferentialNode original, String saveLabel) {
		this.original = original;
		this.item = (original == null) || original.assessable();
		addClassName("node-editor");
		this.refId.setLabel(getTranslation("referential.edit.refId"));
		this.refId.addClassName("node-ref-id");
		this.nameFr.setLabel(getTranslation("referential.edit.nameFr"));
		this.nameFr.setRequiredIndicatorVisible(true);
		this.nameFr.addClassName("node-name-fr");
		this.nameEn.setLabel(getTranslation("referential.edit.nameEn"));
		this.nameEn.setRequiredIndicatorVisible(true);
		this.nameEn.addClassName("node-name-en");
		this.guidanceFr.setLabel(getTranslation("referential.edit.guidanceFr"));
		this.guidanceEn.setLabel(getTranslation("referential.edit.guidanceEn"));
		FormLayout form = new FormLayout(this.refId, this.nameFr, this.nameEn, this.guidanceFr, this.guidanceEn);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
		form.setColspan(this.refId, 2);
		if (this.item) {
			this.channels.setLabel(getTranslation("referential.edit.channels"));
			this.channels.setItems(Channel.values());
			this.channels.setItemLabelGenerator((channel) -> getTranslation(channel.messageKey()));
			this.channels.setRequiredIndicatorVisible(true);
			this.unit.setLabel(getTranslation("referential.edit.unit"));
			this.unit.setItems(MeasureUnit.values());
			this.unit.setEmptySelectionAllowed(true);
			this.unit.setEmptySelectionCaption(getTranslation("referential.none"));
			this.unit.setItemLabelGenerator((value) -> (value == null) ? getTranslation("referential.none")
					: getTranslation(value.messageKey()));
			this.comparator.setLabel(getTranslation("referential.edit.comparator"));
			this.comparator.setItems(TargetComparator.values());
			this.comparator.setEmptySelectionAllowed(true);
			this.comparator.setEmptySelectionCaption(getTranslation("referential.none"));
			this.comparator.setItemLabelGenerator(
					(value) -> (value == null) ? getTranslation("referential.none") : value.symbol());
			this.comparator.addClassName("node-comparator");
			this.targetValue.setLabel(getTranslation("referential.edit.targetValue"));
			this.targetValue.addClassName("node-target-value");
			this.weight.setLabel(getTranslation("referential.edit.weight"));
			this.weight.addClassName("node-weight");
			this.blocking.setLabel(getTranslation("referential.edit.blocking"));
			this.mandatory.setLabel(getTranslation("referential.edit.mandatory"));
			this.photo.setLabel(getTranslation("referential.edit.photo"));
			this.photo.setItems(Requirement.values());
			this.photo.setItemLabelGenerator((value) -> getTranslation(value.messageKey()));
			this.freeText.setLabel(getTranslation("referential.edit.freeText"));
			this.freeText.setItems(Requirement.values());
			this.freeText.setItemLabelGenerator((value) -> getTranslation(value.messageKey()));
			form.add(this.channels, 2);
			form.add(this.unit, this.comparator, this.targetValue, this.weight, this.photo, this.freeText,
					this.blocking, this.mandatory);
		}
		add(form);
		fill();
		Button save = new Button(getTranslation(saveLabel), (click) -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClassName("node-save");
		add(save);
	}

	private void fill() {
		if (this.original == null) {
			this.weight.setValue(BigDecimal.ONE);
			this.mandatory.setValue(true);
			this.photo.setValue(Requirement.NONE);
			this.freeText.setValue(Requirement.OPTIONAL);
			return;
		}
		this.refId.setValue(nullToEmpty(this.original.refId()));
		this.nameFr.setValue(this.original.name().fr());
		this.nameEn.setValue(this.original.name().en());
		if (this.original.guidance() != null) {
			this.guidanceFr.setValue(this.original.guidance().fr());
			this.guidanceEn.setValue(this.original.guidance().en());
		}
		CheckItem rules = this.original.item();
		if (rules != null) {
			this.channels.setValue(rules.channels());
			if (rules.measure() != null) {
				this.unit.setValue(rules.measure().unit());
				if (rules.measure().target() != null) {
					this.comparator.setValue(rules.measure().target().comparator());
					this.targetValue.setValue(rules.measure().target().value());
				}
			}
			this.weight.setValue(rules.weight());
			this.blocking.setValue(rules.blocking());
			this.mandatory.setValue(rules.mandatory());
			this.photo.setValue(rules.photo());
			this.freeText.setValue(rules.freeText());
		}
	}

	private void save() {
		try {
			fireEvent(new SaveEvent(this, edit()));
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	/**
	 * The edited content; refuses incomplete input with a message the user can act on.
	 */
	NodeEdit edit() {
		if (this.nameFr.getValue().isBlank() || this.nameEn.getValue().isBlank()) {
			throw new UserFacingException("referential.edit.translationMissing");
		}
		LocalizedText name = new LocalizedText(this.nameFr.getValue(), this.nameEn.getValue());
		LocalizedText guidance = null;
		boolean frGuidance = !this.guidanceFr.getValue().isBlank();
		boolean enGuidance = !this.guidanceEn.getValue().isBlank();
		if (frGuidance != enGuidance) {
			throw new UserFacingException("referential.edit.guidancePair");
		}
		if (frGuidance) {
			guidance = new LocalizedText(this.guidanceFr.getValue(), this.guidanceEn.getValue());
		}
		String ref = this.refId.getValue().isBlank() ? null : this.refId.getValue().trim();
		LocalizedText description = (this.original != null) ? this.original.description() : null;
		LocalizedText annotation = (this.original != null) ? this.original.annotation() : null;
		return new NodeEdit(ref, name, description, guidance, annotation, this.item ? rules() : null);
	}

	private CheckItem rules() {
		Set<Channel> chosen = this.channels.getValue();
		if (chosen == null || chosen.isEmpty()) {
			throw new UserFacingException("referential.edit.channelsRequired");
		}
		BigDecimal weightValue = this.weight.getValue();
		if (weightValue == null || weightValue.signum() <= 0) {
			throw new UserFacingException("referential.edit.weightPositive");
		}
		Measure measure = null;
		MeasureUnit measureUnit = this.unit.getValue();
		boolean anyTargetField = this.comparator.getValue() != null || this.targetValue.getValue() != null;
		if (measureUnit != null) {
			Target target = null;
			if (anyTargetField) {
				if (this.comparator.getValue() == null || this.targetValue.getValue() == null
						|| this.targetValue.getValue().signum() < 0) {
					throw new UserFacingException("referential.edit.targetIncomplete");
				}
				BigDecimal maximum = measureUnit.maximum().orElse(null);
				if (maximum != null && this.targetValue.getValue().compareTo(maximum) > 0) {
					throw new UserFacingException("referential.edit.targetOutOfRange", maximum.toPlainString());
				}
				target = new Target(this.comparator.getValue(), this.targetValue.getValue(), measureUnit);
			}
			measure = new Measure(measureUnit, target);
		}
		else if (anyTargetField) {
			throw new UserFacingException("referential.edit.targetIncomplete");
		}
		CheckItem previous = (this.original != null) ? this.original.item() : null;
		return new CheckItem(EnumSet.copyOf(chosen), (previous != null) ? previous.answers() : null, measure,
				(previous != null) ? previous.scale() : List.of(), this.freeText.getValue(), this.photo.getValue(),
				weightValue, this.blocking.getValue(), this.mandatory.getValue());
	}

	private static String nullToEmpty(String value) {
		return (value == null) ? "" : value;
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	static class SaveEvent extends ComponentEvent<NodeEditor> {

		private final NodeEdit edit;

		SaveEvent(NodeEditor source, NodeEdit edit) {
			super(source, false);
			this.edit = edit;
		}

		NodeEdit edit() {
			return this.edit;
		}

	}

}
