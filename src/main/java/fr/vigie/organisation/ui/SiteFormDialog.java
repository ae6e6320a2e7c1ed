package fr.vigie.organisation.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import fr.vigie.organisation.Address;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDetails;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.SiteKind;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.shared.ui.Notifications;

/** Registers a site or edits its description (name, kind, direction, address…). */
class SiteFormDialog extends Dialog {

	private final OrganisationManagement organisation;

	private final Site existing;

	private final Consumer<Site> saved;

	private final Select<Organisation> organisationField = new Select<>();

	private final TextField externalId = new TextField();

	private final TextField name = new TextField();

	private final Select<SiteKind> kind = new Select<>();

	private final Select<Direction> direction = new Select<>();

	private final TextField street = new TextField();

	private final TextField postalCode = new TextField();

	private final TextField city = new TextField();

	private final NumberField latitude = new NumberField();

	private final NumberField longitude = new NumberField();

	private final Select<HolidayCalendar> holidays = new Select<>();

	private SiteFormDialog(OrganisationManagement organisation, Site existing, Consumer<Site> saved) {
		this.organisation = organisation;
		this.existing = existing;
		this.saved = saved;
		setHeaderTitle(getTranslation((existing == null) ? "sites.create" : "sites.edit"));
		List<Organisation> organisations = organisation.organisations();
		List<Direction> allDirections = organisation.directions();
		this.organisationField.setLabel(getTranslation("site.organisation"));
		this.organisationField.setItems(organisations);
		this.organisationField.setItemLabelGenerator(Organisation::name);
		this.organisationField.addValueChangeListener((event) -> this.direction.setItems(allDirections.stream()
			.filter((value) -> event.getValue() != null && value.organisationId().equals(event.getValue().id()))
			.toList()));
		this.externalId.setLabel(getTranslation("site.externalId"));
		this.externalId.setHelperText(getTranslation("site.externalId.help"));
		this.externalId.setRequiredIndicatorVisible(true);
		this.name.setLabel(getTranslation("site.name"));
		this.name.setRequiredIndicatorVisible(true);
		this.kind.setLabel(getTranslation("site.kind"));
		this.kind.setItems(SiteKind.values());
		this.kind.setItemLabelGenerator((value) -> (value != null) ? getTranslation(value.messageKey()) : "");
		this.kind.setRequiredIndicatorVisible(true);
		this.direction.setLabel(getTranslation("site.direction"));
		this.direction.setItemLabelGenerator((value) -> (value != null) ? value.name() : "");
		this.direction.setEmptySelectionAllowed(true);
		this.direction.setEmptySelectionCaption(getTranslation("site.direction.none"));
		this.street.setLabel(getTranslation("site.street"));
		this.postalCode.setLabel(getTranslation("site.postalCode"));
		this.city.setLabel(getTranslation("site.city"));
		this.city.setRequiredIndicatorVisible(true);
		this.latitude.setLabel(getTranslation("site.latitude"));
		this.longitude.setLabel(getTranslation("site.longitude"));
		this.holidays.setLabel(getTranslation("site.holidays"));
		this.holidays.setItems(HolidayCalendar.values());
		this.holidays.setItemLabelGenerator((value) -> getTranslation(value.messageKey()));
		this.holidays.setValue(HolidayCalendar.FRANCE);

		FormLayout form = new FormLayout();
		if (existing == null) {
			if (!organisations.isEmpty()) {
				this.organisationField.setValue(organisations.get(0));
			}
			this.organisationField.setVisible(organisations.size() > 1);
			form.add(this.organisationField, this.externalId);
		}
		else {
			this.organisationField.setValue(organisations.stream()
				.filter((value) -> value.id().equals(existing.organisationId()))
				.findFirst()
				.orElse(null));
			fill(existing);
		}
		form.add(this.name, this.kind, this.direction, this.street, this.postalCode, this.city, this.latitude,
				this.longitude, this.holidays);
		add(form);
		Button save = new Button(getTranslation("action.save"), (click) -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), (click) -> close()), save);
	}

	static SiteFormDialog forNewSite(OrganisationManagement organisation, Consumer<Site> saved) {
		return new SiteFormDialog(organisation, null, saved);
	}

	static SiteFormDialog forSite(OrganisationManagement organisation, Site site, Consumer<Site> saved) {
		return new SiteFormDialog(organisation, site, saved);
	}

	private void fill(Site site) {
		this.name.setValue(site.name());
		this.kind.setValue(site.kind());
		this.direction.getListDataView()
			.getItems()
			.filter((value) -> value.id().equals(site.directionId()))
			.findFirst()
			.ifPresent(this.direction::setValue);
		this.street.setValue((site.address().street() != null) ? site.address().street() : "");
		this.postalCode.setValue((site.address().postalCode() != null) ? site.address().postalCode() : "");
		this.city.setValue(site.address().city());
		if (site.position() != null) {
			this.latitude.setValue(site.position().latitude());
			this.longitude.setValue(site.position().longitude());
		}
		this.holidays.setValue(site.holidays());
	}

	private void save() {
		try {
			SiteDetails details = new SiteDetails(this.name.getValue(), this.kind.getValue(),
					(this.direction.getValue() != null) ? this.direction.getValue().id() : null,
					new Address(this.street.getValue(), this.postalCode.getValue(), this.city.getValue()), position(),
					this.holidays.getValue());
			Site site;
			if (this.existing == null) {
				if (this.organisationField.getValue() == null) {
					throw new UserFacingException("organisation.notFound");
				}
				site = this.organisation.createSite(this.organisationField.getValue().id(),
						new SiteId(this.externalId.getValue()), details);
			}
			else {
				site = this.organisation.updateSite(this.existing.id(), details, this.existing.version());
			}
			Notifications.success(this, "sites.saved");
			this.saved.accept(site);
			close();
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
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
