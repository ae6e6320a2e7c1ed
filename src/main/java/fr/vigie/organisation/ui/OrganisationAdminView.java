package fr.vigie.organisation.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.UserScope;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.GridAccessibility;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators maintain the organisation tree (organisations, directions or
 * territories) and attach directors and site managers to the part of it they see.
 */
@Route("admin/organisation")
@Menu(title = "nav.organisation", order = 91, icon = "vaadin:sitemap")
@RolesAllowed(Role.Names.ADMIN)
class OrganisationAdminView extends Main implements HasDynamicTitle {

	private final OrganisationManagement organisation;

	private final UserManagement users;

	private final Grid<Organisation> organisationGrid = GridAccessibility.hideSizerRow(new Grid<>());

	private final Grid<Direction> directionGrid = GridAccessibility.hideSizerRow(new Grid<>());

	private final Grid<UserAccount> scopeGrid = GridAccessibility.hideSizerRow(new Grid<>());

	private final Select<Organisation> parentSelect = new Select<>();

	OrganisationAdminView(OrganisationManagement organisation, UserManagement users) {
		this.organisation = organisation;
		this.users = users;
		addClassName("page");
		add(new H1(getTranslation("orgAdmin.title")));

		this.organisationGrid.addColumn(Organisation::name).setHeader(getTranslation("orgAdmin.organisation"));
		this.organisationGrid
			.addComponentColumn(
					(value) -> rename(value.name(), (name) -> this.organisation.renameOrganisation(value.id(), name)))
			.setHeader(getTranslation("grid.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.organisationGrid.setAllRowsVisible(true);
		this.organisationGrid.setAriaLabel(getTranslation("orgAdmin.organisations"));
		TextField newOrganisation = new TextField(getTranslation("orgAdmin.newOrganisation"));
		Button addOrganisation = new Button(getTranslation("action.add"), VaadinIcon.PLUS.create(),
				(click) -> run(() -> this.organisation.createOrganisation(newOrganisation.getValue()),
						() -> newOrganisation.clear()));
		Div organisationForm = new Div(newOrganisation, addOrganisation);
		organisationForm.addClassName("inline-form");
		add(section("orgAdmin.organisations", this.organisationGrid, organisationForm));

		this.directionGrid.addColumn(Direction::name).setHeader(getTranslation("orgAdmin.direction"));
		this.directionGrid.addColumn((direction) -> organisationNames().getOrDefault(direction.organisationId(), ""))
			.setHeader(getTranslation("orgAdmin.organisation"));
		this.directionGrid.addColumn((direction) -> this.organisation.siteCount(direction.id()))
			.setHeader(getTranslation("orgAdmin.siteCount"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.directionGrid
			.addComponentColumn((direction) -> rename(direction.name(),
					(name) -> this.organisation.renameDirection(direction.id(), name)))
			.setHeader(getTranslation("grid.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.directionGrid.setAllRowsVisible(true);
		this.directionGrid.setAriaLabel(getTranslation("orgAdmin.directions"));
		Select<Organisation> parent = this.parentSelect;
		parent.setLabel(getTranslation("orgAdmin.organisation"));
		parent.setItemLabelGenerator((value) -> (value != null) ? value.name() : "");
		TextField newDirection = new TextField(getTranslation("orgAdmin.newDirection"));
		Button addDirection = new Button(getTranslation("action.add"), VaadinIcon.PLUS.create(), (click) -> run(() -> {
			if (parent.getValue() == null) {
				throw new UserFacingException("organisation.notFound");
			}
			return this.organisation.createDirection(parent.getValue().id(), newDirection.getValue());
		}, () -> newDirection.clear()));
		Div directionForm = new Div(parent, newDirection, addDirection);
		directionForm.addClassName("inline-form");
		add(section("orgAdmin.directions", this.directionGrid, directionForm));

		this.scopeGrid.addColumn(UserAccount::username).setHeader(getTranslation("user.username"));
		this.scopeGrid.addColumn(UserAccount::displayName).setHeader(getTranslation("user.displayName"));
		this.scopeGrid.addColumn(this::scopeSummary).setHeader(getTranslation("orgAdmin.scope")).setFlexGrow(2);
		this.scopeGrid.addComponentColumn((user) -> {
			Button edit = new Button(getTranslation("orgAdmin.editScope"), (click) -> editScope(user));
			edit.addThemeVariants(ButtonVariant.TERTIARY);
			edit.setAriaLabel(getTranslation("orgAdmin.editScope.aria", user.username()));
			return edit;
		}).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
		this.scopeGrid.setAllRowsVisible(true);
		this.scopeGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.scopeGrid.setAriaLabel(getTranslation("orgAdmin.scopes"));
		add(section("orgAdmin.scopes", new Paragraph(getTranslation("orgAdmin.scopes.help")), this.scopeGrid));
		refreshAll();
	}

	private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
		Section section = new Section(new H2(getTranslation(titleKey)));
		section.addClassName("detail-section");
		section.add(content);
		return section;
	}

	private Button rename(String current, Function<String, Object> rename) {
		Button button = new Button(getTranslation("orgAdmin.rename"), (click) -> {
			Dialog dialog = new Dialog(getTranslation("orgAdmin.rename"));
			TextField name = new TextField(getTranslation("orgAdmin.name"));
			name.setValue(current);
			dialog.add(name);
			Button save = new Button(getTranslation("action.save"),
					(event) -> run(() -> rename.apply(name.getValue()), dialog::close));
			save.addThemeVariants(ButtonVariant.PRIMARY);
			dialog.getFooter().add(new Button(getTranslation("action.cancel"), (event) -> dialog.close()), save);
			dialog.open();
		});
		button.addThemeVariants(ButtonVariant.TERTIARY);
		button.setAriaLabel(getTranslation("orgAdmin.rename.aria", current));
		return button;
	}

	private void run(java.util.function.Supplier<Object> change, Runnable after) {
		try {
			change.get();
			Notifications.success(this, "orgAdmin.saved");
			after.run();
			refreshAll();
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	private void refreshAll() {
		List<Organisation> organisations = this.organisation.organisations();
		this.organisationGrid.setItems(organisations);
		Organisation chosen = this.parentSelect.getValue();
		this.parentSelect.setItems(organisations);
		this.parentSelect.setValue(organisations.stream()
			.filter((value) -> chosen != null && value.id().equals(chosen.id()))
			.findFirst()
			.orElse(organisations.isEmpty() ? null : organisations.get(0)));
		this.directionGrid.setItems(this.organisation.directions());
		this.scopeGrid.setItems(this.users.findAll().stream().filter((user) -> user.hasRole(Role.DIRECTOR)).toList());
	}

	private Map<String, String> organisationNames() {
		return this.organisation.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
	}

	private String scopeSummary(UserAccount user) {
		UserScope scope = this.organisation.scopeOf(user.username());
		if (scope.isEmpty()) {
			return getTranslation("orgAdmin.scope.none");
		}
		Map<String, Direction> directions = this.organisation.directionsById();
		Map<String, String> organisations = organisationNames();
		List<String> names = new java.util.ArrayList<>();
		scope.organisationIds().forEach((id) -> names.add(organisations.getOrDefault(id, id)));
		scope.directionIds().forEach((id) -> names.add((directions.get(id) != null) ? directions.get(id).name() : id));
		Map<String, String> sites = this.organisation.searchSites(SiteFilter.all())
			.stream()
			.collect(Collectors.toMap(Site::externalId, Site::name));
		scope.siteIds().forEach((id) -> names.add(sites.getOrDefault(id.value(), id.value())));
		names.sort(String::compareTo);
		return String.join(", ", names);
	}

	private void editScope(UserAccount user) {
		UserScope scope = this.organisation.scopeOf(user.username());
		Dialog dialog = new Dialog(getTranslation("orgAdmin.scope.title", user.displayName()));
		MultiSelectComboBox<Organisation> organisations = new MultiSelectComboBox<>(
				getTranslation("orgAdmin.organisations"));
		List<Organisation> allOrganisations = this.organisation.organisations();
		organisations.setItems(allOrganisations);
		organisations.setItemLabelGenerator(Organisation::name);
		organisations.setValue(allOrganisations.stream()
			.filter((value) -> scope.organisationIds().contains(value.id()))
			.collect(Collectors.toSet()));
		MultiSelectComboBox<Direction> directions = new MultiSelectComboBox<>(getTranslation("orgAdmin.directions"));
		List<Direction> allDirections = this.organisation.directions();
		directions.setItems(allDirections);
		directions.setItemLabelGenerator(Direction::name);
		directions.setValue(allDirections.stream()
			.filter((value) -> scope.directionIds().contains(value.id()))
			.collect(Collectors.toSet()));
		MultiSelectComboBox<Site> sites = new MultiSelectComboBox<>(getTranslation("orgAdmin.sites"));
		List<Site> allSites = this.organisation.searchSites(SiteFilter.all());
		sites.setItems(allSites);
		sites.setItemLabelGenerator((site) -> site.name() + " (" + site.externalId() + ")");
		sites.setValue(
				allSites.stream().filter((site) -> scope.siteIds().contains(site.id())).collect(Collectors.toSet()));
		FormLayout form = new FormLayout(organisations, directions, sites);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		dialog.add(new Paragraph(getTranslation("orgAdmin.scope.help")), form);
		Button save = new Button(getTranslation("action.save"),
				(click) -> run(() -> this.organisation.changeScope(user.username(),
						ids(organisations.getValue(), Organisation::id), ids(directions.getValue(), Direction::id),
						sites.getValue().stream().map(Site::id).collect(Collectors.<SiteId>toSet()), scope.version()),
						dialog::close));
		save.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.getFooter().add(new Button(getTranslation("action.cancel"), (click) -> dialog.close()), save);
		dialog.setWidth("min(40rem, 95vw)");
		dialog.open();
	}

	private static <T> Set<String> ids(Set<T> values, Function<T, String> id) {
		return values.stream().map(id).collect(Collectors.toSet());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("orgAdmin.title") + " · " + getTranslation("app.name");
	}

}
