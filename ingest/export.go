package ingest

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/allocation-gaps/gaps/domain"
)

// An export is one CUR 2.0 (or FOCUS) data export of AWS Data Exports: an
// account may run several, each delivering its own files for the same
// billing period, and a delivery replaces the period of its export only.

// manifestSuffix ends the name of a Data Exports manifest, which AWS writes
// as <export-name>/metadata/BILLING_PERIOD=YYYY-MM/<export-name>-Manifest.json.
const manifestSuffix = "-Manifest.json"

// exportNameRule is AWS Data Exports' rule for export names, which name
// spend streams here.
const exportNameRule = "want 1 to 128 letters, digits or !-_.*'()"

func validExportName(name string) bool {
	if name == "" || len(name) > 128 {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!-_.*'()", r)) {
			return false
		}
	}
	return true
}

// manifestExport is the export a manifest belongs to, by its file name.
func manifestExport(manifest string) string {
	return strings.TrimSuffix(filepath.Base(manifest), manifestSuffix)
}

// dataLayout matches the S3 layout of an export's data files:
// <export-name>/data/BILLING_PERIOD=YYYY-MM/<file>.
var dataLayout = regexp.MustCompile(`(?:^|/)([^/]+)/data/BILLING_PERIOD=\d{4}-\d{2}/[^/]+$`)

// layoutExport is the export a data file's path names by that layout; ""
// when the path is not laid out so.
func layoutExport(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	if m := dataLayout.FindStringSubmatch(filepath.ToSlash(abs)); m != nil {
		return m[1]
	}
	return ""
}

// deliveryExport is the export whose periods a delivery replaces: given
// (gaps ingest --export) when set, else the one its files name (manifest or
// S3 layout), else domain.DefaultSpendExport. Files of two exports are
// rejected: each export is a delivery of its own.
func deliveryExport(files []File, given string) (string, error) {
	var named *File
	for i := range files {
		f := &files[i]
		if f.Export == "" || (named != nil && f.Export == named.Export) {
			continue
		}
		if named != nil {
			return "", badInput(f.Path, 0, "", "belongs to export %s, but %s belongs to export %s: ingest each export separately",
				f.Export, named.Path, named.Export)
		}
		named = f
	}
	switch {
	case given != "":
		if !validExportName(given) {
			return "", domain.Errorf(domain.CodeBadUserInput, "export name %q: %s", given, exportNameRule)
		}
		return given, nil
	case named != nil && !validExportName(named.Export):
		return "", badInput(named.Path, 0, "", "export name %q taken from its path: %s (name the export with --export)", named.Export, exportNameRule)
	case named != nil:
		return named.Export, nil
	}
	return domain.DefaultSpendExport, nil
}
