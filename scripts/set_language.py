# Run inside `odoo-bin shell`: Chinese for every internal user (admin first).
env["res.lang"]._activate_lang("zh_CN")
users = env["res.users"].with_context(active_test=False).search([("share", "=", False)])
users.write({"lang": "zh_CN", "tz": "Asia/Shanghai"})
env["res.partner"].search([("lang", "!=", "zh_CN"), ("user_ids", "=", False)]).write(
    {"lang": "zh_CN"}
)
env.cr.commit()
print(f"zh_CN set for {len(users)} users")
