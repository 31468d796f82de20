/* Role crawl (tests/test_role_crawl.py): run in the web client of one user, it
 * opens every menu of the given apps that the user sees, then the first record
 * of each list or kanban, and reports:
 *  - an error dialog, or a failed RPC (console.error, which fails the test);
 *  - visible text with Latin words and no Chinese (console.error "LATIN ..."
 *    unless allowed), when the user's language is Chinese;
 *  - a menu whose view is empty (the demo data should fill it), unless its
 *    xmlid is in mayBeEmpty.
 * It ends with console.log("test successful"). Parameters come in
 * window.POSTPARTUM_CRAWL = {apps: [xmlids], skip: [menu xmlids], allow: [regexp sources], strictText,
 * mayBeEmpty: [menu xmlids]}.
 */
(async function crawl() {
    const params = window.POSTPARTUM_CRAWL;
    const env = odoo.__WOWL_DEBUG__.root.env;
    const menuService = env.services.menu;
    const actionService = env.services.action;
    const allow = params.allow.map((source) => new RegExp(source));
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const problems = [];
    const latin = new Map();
    let pages = 0;
    let records = 0;
    const empty = [];
    // the RPCs in flight: a page is settled when none is pending
    let pending = 0;
    const { rpcBus } = odoo.loader.modules.get("@web/core/network/rpc");
    rpcBus.addEventListener("RPC:REQUEST", () => pending++);
    rpcBus.addEventListener("RPC:RESPONSE", () => (pending = Math.max(pending - 1, 0)));

    async function settle() {
        // wait for the RPCs and the rendering to finish
        const busy = () => pending || document.querySelector(".o_loading_indicator, .o_blockUI");
        for (let i = 0; i < 100; i++) {
            await sleep(100);
            if (!busy()) {
                await sleep(250);
                if (!busy()) {
                    return;
                }
            }
        }
    }

    function errorDialog() {
        const dialog = document.querySelector(".o_error_dialog, .o_dialog .modal-body.o_error_detail");
        if (!dialog) {
            return null;
        }
        const text = (document.querySelector(".modal-content") || dialog).innerText;
        document.querySelectorAll(".modal .btn-close, .modal .btn-primary").forEach((b) => b.click());
        return text.slice(0, 1200).replace(/\s+/g, " ");
    }

    function visibleTexts(root) {
        const texts = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            const node = walker.currentNode;
            const text = node.nodeValue.trim();
            const parent = node.parentElement;
            if (!text || !parent || parent.closest("script, style, .o_view_sample_data, .o_field_html, .o_mail_body, .o-mail-Message-body, .o_field_text, textarea")) {
                continue;
            }
            if (!parent.offsetParent && parent.tagName !== "BODY") {
                continue; // hidden
            }
            texts.push(text);
        }
        for (const el of root.querySelectorAll("input[placeholder]")) {
            if (el.offsetParent) {
                texts.push(el.getAttribute("placeholder"));
            }
        }
        return texts;
    }

    function checkText(where) {
        const root = document.querySelector(".o_action_manager");
        if (!root) {
            return;
        }
        const texts = [
            ...visibleTexts(root),
            ...visibleTexts(document.querySelector(".o_main_navbar") || root),
        ];
        for (const text of texts) {
            if (!/[A-Za-z]{3,}/.test(text) || /[\u4e00-\u9fff]/.test(text)) {
                continue;
            }
            if (allow.some((re) => re.test(text))) {
                continue;
            }
            if (!latin.has(text)) {
                latin.set(text, where);
            }
        }
    }

    async function visit(where) {
        await settle();
        pages++;
        const error = errorDialog();
        if (error) {
            problems.push(`${where}: ${error}`);
            return false;
        }
        checkText(where);
        return true;
    }

    async function openFirstRecord(where, menu) {
        if (document.querySelector(".o_view_sample_data, .o_view_nocontent")) {
            // an empty list shows sample records: nothing to open
            empty.push(`${where} [${menu.xmlid}]`);
            if (!(params.mayBeEmpty || []).includes(menu.xmlid)) {
                problems.push(`${where} [${menu.xmlid}]: empty, the demo data should fill it`);
            }
            return;
        }
        const row = document.querySelector(".o_list_view .o_data_row .o_data_cell");
        const card = document.querySelector(".o_kanban_view .o_kanban_record:not(.o_kanban_ghost)");
        const target = row || card;
        if (!target) {
            return;
        }
        target.click();
        records++;
        await visit(`${where} / first record`);
    }

    function leaves(menu, path) {
        if ((params.skip || []).includes(menu.xmlid)) {
            return [];
        }
        const name = path ? `${path} / ${menu.name}` : menu.name;
        if (menu.childrenTree && menu.childrenTree.length) {
            return menu.childrenTree.flatMap((child) => leaves(child, name));
        }
        return menu.actionID ? [{ ...menu, path: name }] : [];
    }

    for (const app of menuService.getApps()) {
        if (!params.apps.includes(app.xmlid)) {
            continue;
        }
        const tree = menuService.getMenuAsTree(app.id);
        for (const menu of leaves(tree, "")) {
            console.log(`crawl: ${menu.path}`);
            try {
                const opened = actionService.doAction(menu.actionID, { clearBreadcrumbs: true });
                const timedOut = await Promise.race([
                    opened.then(() => false),
                    sleep(20000).then(() => true),
                ]);
                if (timedOut) {
                    problems.push(`${menu.path}: did not open within 20 s`);
                    continue;
                }
            } catch (error) {
                problems.push(`${menu.path}: ${error.message || error}`);
                continue;
            }
            if (await visit(menu.path)) {
                await openFirstRecord(menu.path, menu);
            }
        }
    }

    console.log(`crawl: ${pages} pages, ${records} records opened`);
    if (empty.length) {
        console.log(`crawl: empty: ${empty.join(" | ")}`);
    }
    const lines = [...latin].map(([text, where]) => `LATIN ${JSON.stringify(text)} (${where})`);
    if (lines.length && !params.strictText) {
        console.warn(`untranslated text:\n${lines.join("\n")}`);
    }
    if (params.strictText) {
        problems.push(...lines);
    }
    if (problems.length) {
        // one report: errors, empty pages and untranslated text together
        console.error(`crawl errors:\n${problems.join("\n")}`);
        return;
    }
    console.log("test successful");
})();
