package fr.vigie.identity.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import jakarta.annotation.security.RolesAllowed;

/** Administrators create accounts, set roles, disable accounts and reset passwords. */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class UserAdminView extends Main implements HasDynamicTitle {

	private final UserManagement users;

	private final Grid<UserAccount> grid = new Grid<>();

	UserAdminView(UserManagement users) {
		this.users = users;
		addClassName("page");
		Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(), (click) -> openForm(null));
		create.addThemeVariants(ButtonVariant.PRIMARY);
		HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("users.title")), create);
		header.addClassName("page-header");

		this.grid.addColumn(UserAccount::username)
			.setHeader(getTranslation("user.username"))
			.setSortProperty("username");
		this.grid.addColumn(UserAccount::displayName)
			.setHeader(getTranslation("user.displayName"))
			.setSortProperty("displayName");
		this.grid
			.addColumn((user) -> user.roles()
				.stream()
				.sorted()
				.map((role) -> getTranslation(role.messageKey()))
				.collect(Collectors.joining(", ")))
			.setHeader(getTranslation("user.roles"));
		this.grid.addColumn((user) -> getTranslation(user.enabled() ? "user.enabled" : "user.disabled"))
			.setHeader(getTranslation("user.status"));
		this.grid.addComponentColumn((user) -> {
			Button edit = iconButton(VaadinIcon.EDIT, getTranslation("users.edit.aria", user.username()));
			edit.addClickListener((click) -> openForm(user));
			Button reset = iconButton(VaadinIcon.KEY, getTranslation("users.resetPassword.aria", user.username()));
			reset.addClickListener((click) -> openPasswordReset(user));
			return new HorizontalLayout(edit, reset);
		}).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
		// A page of accounts at a time, in a frame of fixed height: showing every row
		// would read them all.
		this.grid.setHeight("36rem");
		this.grid.setItems((query) -> users
			.findAll(query.getOffset(), query.getLimit(), VaadinSpringDataHelpers.toSpringDataSort(query))
			.stream(), (query) -> (int) users.count());
		this.grid.setAriaLabel(getTranslation("users.title"));
		add(header, this.grid);
	}

	/** Icon-only button: the label is still announced and shown as a tooltip. */
	private static Button iconButton(VaadinIcon icon, String label) {
		Button button = new Button(icon.create());
		button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
		button.setAriaLabel(label);
		button.setTooltipText(label);
		return button;
	}

	private void openForm(UserAccount account) {
		UserFormDialog dialog = new UserFormDialog(this.users, account);
		dialog.addSavedListener((event) -> refresh());
		dialog.open();
	}

	private void openPasswordReset(UserAccount account) {
		new PasswordResetDialog(this.users, account).open();
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.title") + " · " + getTranslation("app.name");
	}

}
