package parse

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestChooseLatin reads a few sentences of each Latin-script language in
// the encoding its pages used before UTF-8, and checks that chooseLatin
// names that encoding (or one that reads the same bytes the same way).
func TestChooseLatin(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		cm         *charmap.Charmap
		want       string
	}{
		{"French", "Le conseil municipal s'est réuni mardi soir pour débattre du nouveau pont, dont la construction est retardée depuis deux ans à cause d'un désaccord sur le coût. La salle était pleine d'habitants très inquiets.", charmap.Windows1252, "windows-1252"},
		{"German", "Der Stadtrat traf sich am Dienstagabend, um über die neue Brücke zu beraten, deren Bau sich wegen eines Streits über die Kosten seit zwei Jahren verzögert. Der Saal war voller Bürger, die größere Sorgen äußerten.", charmap.Windows1252, "windows-1252"},
		{"Spanish", "El concejo municipal se reunió el martes por la noche para debatir el nuevo puente, cuya construcción lleva dos años de retraso por una disputa sobre el costo. ¿Quién pagará? La sala estaba llena de vecinos.", charmap.Windows1252, "windows-1252"},
		{"Portuguese", "A câmara municipal reuniu-se na terça-feira à noite para discutir a nova ponte, cuja construção está atrasada há dois anos por causa de uma disputa sobre o custo. A sessão estava cheia de moradores.", charmap.Windows1252, "windows-1252"},
		{"Swedish", "Kommunfullmäktige möttes på tisdagskvällen för att diskutera den nya bron, vars bygge har försenats i två år på grund av en tvist om kostnaden. Salen var full av invånare som ställde frågor.", charmap.Windows1252, "windows-1252"},
		{"Polish, ISO-8859-2", "Rada miasta zebrała się we wtorek wieczorem, aby omówić nowy most, którego budowa od dwóch lat jest opóźniona przez spór o koszty. Sala była pełna mieszkańców, którzy głośno się sprzeciwiali.", charmap.ISO8859_2, "iso-8859-2"},
		{"Polish, windows-1250", "Rada miasta zebrała się we wtorek wieczorem, aby omówić nowy most, którego budowa od dwóch lat jest opóźniona przez spór o koszty. Sala była pełna mieszkańców, którzy głośno się sprzeciwiali.", charmap.Windows1250, "windows-1250"},
		{"Czech, ISO-8859-2", "Městská rada se sešla v úterý večer, aby projednala nový most, jehož stavba se kvůli sporu o náklady zpožďuje už dva roky. Sál byl plný obyvatel, kteří se ptali na řešení dopravy.", charmap.ISO8859_2, "iso-8859-2"},
		{"Czech, windows-1250", "Městská rada se sešla v úterý večer, aby projednala nový most, jehož stavba se kvůli sporu o náklady zpožďuje už dva roky. Sál byl plný obyvatel, kteří se ptali na řešení dopravy.", charmap.Windows1250, "windows-1250"},
		{"Hungarian", "A városi tanács kedd este ülésezett, hogy megvitassa az új hidat, amelynek építése a költségekről szóló vita miatt két éve késik. A terem megtelt lakókkal, akik hosszú kérdéseket tettek fel az őszi forgalomról.", charmap.ISO8859_2, "iso-8859-2"},
		{"Romanian", "Consiliul local s-a întrunit marţi seara pentru a discuta noul pod, a cărui construcţie este întârziată de doi ani din cauza unei dispute privind costul. Sala era plină de locuitori îngrijoraţi.", charmap.ISO8859_2, "iso-8859-2"},
		{"Turkish", "Belediye meclisi salı akşamı toplanarak maliyet anlaşmazlığı nedeniyle iki yıldır gecikmiş olan yeni köprüyü görüştü. Salon, projeye karşı çıkan sakinlerle doluydu ve tartışma uzun sürdü.", charmap.Windows1254, "windows-1254"},
	} {
		b, err := tc.cm.NewEncoder().Bytes([]byte(tc.text))
		if err != nil {
			t.Fatalf("%s: %v", tc.lang, err)
		}
		if got := chooseLatin(b); got != tc.want {
			t.Errorf("%s: chooseLatin = %s, want %s", tc.lang, got, tc.want)
		}
	}
}
