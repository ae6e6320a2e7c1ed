package fr.vigie.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/**
 * Hides secondary grid columns on phones, where a grid with every column would only
 * scroll sideways; they come back when the window widens.
 */
final class NarrowScreens {

	static final int PHONE_MAX_WIDTH = 700;

	private NarrowScreens() {
	}

	static void hideOnPhones(Component view, List<? extends Grid.Column<?>> columns) {
		view.addAttachListener((attach) -> {
			var page = attach.getUI().getPage();
			page.retrieveExtendedClientDetails((details) -> apply(columns, details.getWindowInnerWidth()));
			var registration = page.addBrowserWindowResizeListener((resize) -> apply(columns, resize.getWidth()));
			view.addDetachListener((detach) -> registration.remove());
		});
	}

	private static void apply(List<? extends Grid.Column<?>> columns, int width) {
		boolean wide = width > PHONE_MAX_WIDTH;
		columns.forEach((column) -> column.setVisible(wide));
	}

}
