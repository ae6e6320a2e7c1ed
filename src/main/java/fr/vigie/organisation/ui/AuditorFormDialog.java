package fr.vigie.organisation.ui;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import fr.vigie.organisation.Auditor;
import fr.vigie.organisation.AuditorId;
import fr.vigie.organisation.AuditorManagement;
import fr.vigie.organisation.AuditorProfile;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/** Adds an auditor to the pool or edits his profile. */
class AuditorFormDialog extends Dialog {

	private final TextField code = new TextField();

	private final TextField displayName = new TextField();

	private final TextField username = new TextField();

	private final TextField homeTown = new TextField();

	private final NumberField latitude = new NumberField();

	private final NumberField longitude = new NumberField();

	private final CheckboxGroup<Channel> channels = new CheckboxGroup<>();

	private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();

	private final IntegerField maxTests = new IntegerField();

	private final Checkbox active = new Checkbox();

	private AuditorFormDialog(AuditorManagement auditors, Auditor existing, Consumer<Auditor> saved) {
		setHeaderTitle(getTranslation((existing == null) ? "auditors.create" : "auditors.edit"));
		this.code.setLabel(getTranslation("auditor.code"));
		this.code.setHelperText(getTranslation("auditor.code.help"));
		this.code.setRequiredIndicatorVisible(true);
		this.displayName.setLabel(getTranslation("auditor.displayName"));
		this.displayName.setRequiredIndicatorVisible(true);
		this.username.setLabel(getTranslation("auditor.username"));
		this.username.setHelperText(getTranslation("auditor.username.help"));
		this.homeTown.setLabel(getTranslation("auditor.homeTown"));
		this.homeTown.setRequiredIndicatorVisible(true);
		this.latitude.setLabel(getTranslation("site.latitude"));
		this.longitude.setLabel(getTranslation("site.longitude"));
		this.channels.setLabel(getTranslation("auditor.channels"));
		this.channels.setItems(Channel.values());
		this.channels.setItemLabelGenerator((channel) -> getTranslation(channel.messageKey()));
		this.channels.setRequiredIndicatorVisible(true);
		this.days.setLabel(getTranslation("auditor.days"));
		this.days.setItems(DayOfWeek.values());
		this.days.setItemLabelGenerator((day) -> getTranslation("day." + day.name()));
		this.days.setRequiredIndicatorVisible(true);
		this.maxTests.setLabel(getTranslation("auditor.maxTests"));
		this.maxTests.setMin(1);
		this.maxTests.setMax(AuditorProfile.MAX_TESTS_PER_WEEK);
		this.maxTests.setStepButtonsVisible(true);
		this.active.setLabel(getTranslation("auditor.active"));
		FormLayout form = new FormLayout();
		if (existing == null) {
			this.days.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
			this.maxTests.setValue(5);
			this.active.setValue(true);
			form.add(this.code);
		}
		else {
			AuditorProfile profile = existing.profile();
			this.displayName.setValue(profile.displayName());
			this.username.setValue((profile.username() != null) ? profile.username() : "");
			this.homeTown.setValue(profile.homeTown());
			if (profile.homePosition() != null) {
				this.latitude.setValue(profile.homePosition().latitude());
				this.longitude.setValue(profile.homePosition().longitude());
			}
			this.channels.setValue(profile.channels());
			this.days.setValue(profile.availableDays());
			this.maxTests.setValue(profile.maxTestsPerWeek());
			this.active.setValue(profile.active());
		}
		form.add(this.displayName, this.username, this.homeTown, this.latitude, this.longitude, this.channels,
				this.days, this.maxTests, this.active);
		form.setColspan(this.channels, 2);
		form.setColspan(this.days, 2);
		add(form);
		Button save = new Button(getTranslation("action.save"), (click) -> {
			try {
				AuditorProfile profile = new AuditorProfile(this.displayName.getValue(), this.username.getValue(),
						this.homeTown.getValue(), position(), this.channels.getValue(), this.days.getValue(),
						(this.maxTests.getValue() != null) ? this.maxTests.getValue() : 0, this.active.getValue());
				Auditor result = (existing == null) ? auditors.create(new AuditorId(this.code.getValue()), profile)
						: auditors.update(existing.id(), profile, existing.version());
				Notifications.success(this, "auditors.saved");
				saved.accept(result);
				close();
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), (click) -> close()), save);
	}

	static AuditorFormDialog forNewAuditor(AuditorManagement auditors, Consumer<Auditor> saved) {
		return new AuditorFormDialog(auditors, null, saved);
	}

	static AuditorFormDialog forAuditor(AuditorManagement auditors, Auditor auditor, Consumer<Auditor> saved) {
		return new AuditorFormDialog(auditors, auditor, saved);
	}

	private GeoPoint position() {
		Double lat = this.latitude.getValue();
		Double lon = this.longitude.getValue();
		if (lat == null && lon == null) {
			return null;
		}
		if (lat == null || lon == null) {
			throw new UserFacingException("import.position.incomplete");
		}
		return new GeoPoint(lat, lon);
	}

}
