from opleider_desk import shipped


def test_an_installed_package_uses_its_own_copy(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "opleider_desk"
    (package / "resources" / "forms").mkdir(parents=True)
    monkeypatch.setattr(shipped, "_PACKAGE", package)
    assert shipped.shipped_dir("resources") == package / "resources"


def test_a_source_checkout_uses_the_repository_folder(tmp_path, monkeypatch):
    package = tmp_path / "repo" / "opleider_desk"
    package.mkdir(parents=True)
    monkeypatch.setattr(shipped, "_PACKAGE", package)
    assert shipped.shipped_dir("resources") == tmp_path / "repo" / "resources"
