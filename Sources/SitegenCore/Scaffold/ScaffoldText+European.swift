extension ScaffoldText {
    /// The German starter site (our translation; corrections welcome).
    static let german = ScaffoldText(
        language: "de",
        siteTitle: "Laptop-Backup",
        siteDescription: "Zwei Wege, einen Laptop zu sichern – was jeder kostet und was jeder braucht.",
        configIntro: "sitegen-Konfiguration. Jeder Schlüssel ist optional; alle stehen im README.",
        configLanguage: "Standardsprache der Seiten (BCP 47). Seiten können mit `lang:` eine eigene setzen.",
        configBaseURL: ["Wo die Website veröffentlicht wird (kanonische Links, sitemap.xml). Links zwischen Seiten",
                        "bleiben relativ, die Website funktioniert also auch in einem Unterpfad und über file://."],
        configRules: "Schweregrad je Regelname oder -ID: error, warning, info oder off (`sitegen rules` listet sie auf).",
        overviewDescription: "Cloud-Synchronisierung und externe Festplatte auf einen Blick.",
        overviewIntro: """
            Ein Backup, das nie getestet wird, ist nur ein Wunsch. Hier sind zwei gängige Wege, Kopien der
            Dateien eines Laptops aufzubewahren; jeder hat eine eigene Seite: [Cloud-Synchronisierung](options/cloud-sync.md)
            und [externe Festplatte](options/external-drive.md).
            """,
        comparisonHeading: "Vergleich",
        caption: "Cloud-Synchronisierung und externe Festplatte im Vergleich",
        optionsComment: "die Kopfzeile nennt die Optionen",
        optionLabel: "Option",
        constraintLabel: "Ich muss ohne Internet wiederherstellen können",
        criterionHeader: "Kriterium",
        cloud: "Cloud-Synchronisierung",
        drive: "Externe Festplatte",
        criteria: [
            Criterion(name: "Einrichtung", type: .duration, prefer: .lower, cloud: "15 Minuten", drive: "30 Minuten"),
            Criterion(name: "Sicherungen", type: .rate, prefer: .higher, cloud: "24 Mal pro Tag", drive: "1 Mal pro Tag"),
            Criterion(name: "Vollständige Wiederherstellung", type: .duration, prefer: .lower, cloud: "2-4 Stunden", drive: "30 Minuten"),
            Criterion(name: "Kopie außer Haus", type: .boolean, prefer: .higher, cloud: "ja", drive: "nein"),
            Criterion(name: "Kosten im ersten Jahr", type: .money, prefer: .lower, cloud: "ca. 100 €", drive: "60 €"),
        ],
        closing: "Wählen Sie die Option, die zu Ihrer Arbeitsweise passt; viele nutzen beide.",
        optionsTitle: "Optionen",
        optionsDescription: "Eine Seite je Backup-Option.",
        optionsBody: "Jede Option im Detail.",
        cloudDescription: "Dateien werden bei jeder Änderung auf die Server eines Anbieters kopiert.",
        cloudBody: "Ein Sync-Programm lädt jede Änderung hoch. Wer den ganzen Laptop wiederherstellt, lädt alles erneut herunter.",
        requirementsHeading: "Was Sie brauchen",
        requirementsCaption: "Was die Cloud-Synchronisierung braucht",
        requirementHeader: "Voraussetzung",
        detailHeader: "Details",
        requirements: [
            ("Konto", "Ein Speichertarif, groß genug für Ihre Dateien"),
            ("Netzwerk", "Eine Verbindung, die Ihre täglichen Änderungen hochladen kann"),
            ("Programm", "Die Sync-App des Anbieters, angemeldet"),
        ],
        driveDescription: "Eine Festplatte, die Sie für das Backup-Programm des Betriebssystems anschließen.",
        driveBody: """
            Das Backup-Programm des Betriebssystems kopiert geänderte Dateien, sobald die Festplatte angeschlossen ist.
            Bewahren Sie die Festplatte nicht in der Laptoptasche auf.
            """,
        schemaComment: "Kriterien der Vergleichsmatrix: Typen, und welche Werte besser sind.",
        schemaTitle: "Backup-Optionen"
    )

    /// The French starter site (our translation).
    static let french = ScaffoldText(
        language: "fr",
        siteTitle: "Sauvegarder un ordinateur portable",
        siteDescription: "Deux façons de sauvegarder un portable, ce que chacune coûte et ce qu'il lui faut.",
        configIntro: "Configuration de sitegen. Toutes les clés sont facultatives ; le README les décrit toutes.",
        configLanguage: "Langue par défaut des pages (BCP 47). Une page peut fixer la sienne avec `lang:`.",
        configBaseURL: ["Adresse de publication du site (liens canoniques, sitemap.xml). Les liens entre pages restent",
                        "relatifs : le site fonctionne aussi dans un sous-chemin et depuis file://."],
        configRules: "Sévérité par nom ou identifiant de règle : error, warning, info ou off (`sitegen rules` les liste).",
        overviewDescription: "Synchronisation cloud et disque externe comparés d'un coup d'œil.",
        overviewIntro: """
            Une sauvegarde jamais testée n'est qu'un vœu. Voici deux façons courantes de garder des copies
            des fichiers d'un portable ; chacune a sa page : [synchronisation cloud](options/cloud-sync.md) et
            [disque externe](options/external-drive.md).
            """,
        comparisonHeading: "Comparaison",
        caption: "Synchronisation cloud et disque externe comparés",
        optionsComment: "la ligne d'en-tête nomme les options",
        optionLabel: "Option",
        constraintLabel: "Je dois pouvoir restaurer sans internet",
        criterionHeader: "Critère",
        cloud: "Synchronisation cloud",
        drive: "Disque externe",
        criteria: [
            Criterion(name: "Mise en place", type: .duration, prefer: .lower, cloud: "15 minutes", drive: "30 minutes"),
            Criterion(name: "Sauvegardes", type: .rate, prefer: .higher, cloud: "24 fois par jour", drive: "1 fois par jour"),
            Criterion(name: "Restauration complète", type: .duration, prefer: .lower, cloud: "2-4 heures", drive: "30 minutes"),
            Criterion(name: "Copie hors site", type: .boolean, prefer: .higher, cloud: "oui", drive: "non"),
            Criterion(name: "Coût la première année", type: .money, prefer: .lower, cloud: "environ 100 €", drive: "60 €"),
        ],
        closing: "Choisissez l'option qui correspond à votre façon de travailler ; beaucoup utilisent les deux.",
        optionsTitle: "Options",
        optionsDescription: "Une page par option de sauvegarde.",
        optionsBody: "Chaque option en détail.",
        cloudDescription: "Les fichiers sont copiés sur les serveurs d'un fournisseur dès qu'ils changent.",
        cloudBody: "Un client de synchronisation envoie chaque modification. Restaurer tout le portable retélécharge tout.",
        requirementsHeading: "Ce qu'il vous faut",
        requirementsCaption: "Ce que demande la synchronisation cloud",
        requirementHeader: "Prérequis",
        detailHeader: "Détail",
        requirements: [
            ("Compte", "Un abonnement de stockage assez grand pour vos fichiers"),
            ("Réseau", "Une connexion capable d'envoyer vos modifications quotidiennes"),
            ("Client", "L'application de synchronisation du fournisseur, connectée"),
        ],
        driveDescription: "Un disque que vous branchez pour l'outil de sauvegarde du système.",
        driveBody: """
            L'outil de sauvegarde du système copie les fichiers modifiés dès que le disque est branché.
            Rangez le disque ailleurs que dans la sacoche du portable.
            """,
        schemaComment: "Critères de la matrice de comparaison : types, et quelles valeurs sont meilleures.",
        schemaTitle: "Options de sauvegarde"
    )

    /// The Spanish starter site (our translation).
    static let spanish = ScaffoldText(
        language: "es",
        siteTitle: "Copias de seguridad de un portátil",
        siteDescription: "Dos formas de hacer copias de seguridad de un portátil, cuánto cuesta cada una y qué necesita.",
        configIntro: "Configuración de sitegen. Todas las claves son opcionales; el README las describe todas.",
        configLanguage: "Idioma predeterminado de las páginas (BCP 47). Cada página puede fijar el suyo con `lang:`.",
        configBaseURL: ["Dónde se publicará el sitio (enlaces canónicos, sitemap.xml). Los enlaces entre páginas son",
                        "relativos, así que el sitio también funciona en una subruta y desde file://."],
        configRules: "Gravedad por nombre o id de regla: error, warning, info u off (`sitegen rules` las lista).",
        overviewDescription: "Sincronización en la nube y disco externo de un vistazo.",
        overviewIntro: """
            Una copia que nunca se prueba es solo un deseo. Estas son dos formas habituales de guardar copias
            de los archivos de un portátil; cada una tiene su página: [sincronización en la nube](options/cloud-sync.md)
            y [disco externo](options/external-drive.md).
            """,
        comparisonHeading: "Comparación",
        caption: "Sincronización en la nube y disco externo comparados",
        optionsComment: "la fila de encabezado nombra las opciones",
        optionLabel: "Opción",
        constraintLabel: "Debo poder restaurar sin internet",
        criterionHeader: "Criterio",
        cloud: "Sincronización en la nube",
        drive: "Disco externo",
        criteria: [
            Criterion(name: "Configuración", type: .duration, prefer: .lower, cloud: "15 minutos", drive: "30 minutos"),
            Criterion(name: "Copias", type: .rate, prefer: .higher, cloud: "24 veces al día", drive: "1 vez al día"),
            Criterion(name: "Restauración completa", type: .duration, prefer: .lower, cloud: "2-4 horas", drive: "30 minutos"),
            Criterion(name: "Copia fuera de casa", type: .boolean, prefer: .higher, cloud: "sí", drive: "no"),
            Criterion(name: "Coste el primer año", type: .money, prefer: .lower, cloud: "aprox. 100 €", drive: "60 €"),
        ],
        closing: "Elija la opción que encaje con su forma de trabajar; muchas personas usan las dos.",
        optionsTitle: "Opciones",
        optionsDescription: "Una página por opción de copia de seguridad.",
        optionsBody: "Cada opción en detalle.",
        cloudDescription: "Los archivos se copian a los servidores de un proveedor en cuanto cambian.",
        cloudBody: "Un cliente de sincronización sube cada cambio. Restaurar todo el portátil vuelve a descargarlo todo.",
        requirementsHeading: "Qué necesita",
        requirementsCaption: "Qué necesita la sincronización en la nube",
        requirementHeader: "Requisito",
        detailHeader: "Detalle",
        requirements: [
            ("Cuenta", "Un plan de almacenamiento con espacio para sus archivos"),
            ("Red", "Una conexión que pueda subir los cambios de cada día"),
            ("Cliente", "La aplicación de sincronización del proveedor, con la sesión iniciada"),
        ],
        driveDescription: "Un disco que se conecta para la herramienta de copias del sistema operativo.",
        driveBody: """
            La herramienta de copias del sistema operativo copia los archivos modificados cada vez que se conecta el disco.
            Guarde el disco en otro sitio que no sea la funda del portátil.
            """,
        schemaComment: "Criterios de la matriz de comparación: tipos, y qué valores son mejores.",
        schemaTitle: "Opciones de copia de seguridad"
    )

    /// The Portuguese starter site (Brazilian usage; our translation).
    static let portuguese = ScaffoldText(
        language: "pt",
        siteTitle: "Backup de um notebook",
        siteDescription: "Duas formas de fazer backup de um notebook, quanto custa cada uma e do que precisa.",
        configIntro: "Configuração do sitegen. Todas as chaves são opcionais; o README descreve todas.",
        configLanguage: "Idioma padrão das páginas (BCP 47). Cada página pode definir o seu com `lang:`.",
        configBaseURL: ["Onde o site será publicado (links canônicos, sitemap.xml). Os links entre páginas continuam",
                        "relativos, então o site também funciona num subcaminho e via file://."],
        configRules: "Severidade por nome ou id de regra: error, warning, info ou off (`sitegen rules` lista todas).",
        overviewDescription: "Sincronização na nuvem e HD externo lado a lado.",
        overviewIntro: """
            Backup que nunca é testado é só um desejo. Aqui estão duas formas comuns de manter cópias dos
            arquivos de um notebook; cada uma tem sua página: [sincronização na nuvem](options/cloud-sync.md) e
            [HD externo](options/external-drive.md).
            """,
        comparisonHeading: "Comparação",
        caption: "Sincronização na nuvem e HD externo comparados",
        optionsComment: "a linha de cabeçalho nomeia as opções",
        optionLabel: "Opção",
        constraintLabel: "Preciso restaurar sem internet",
        criterionHeader: "Critério",
        cloud: "Sincronização na nuvem",
        drive: "HD externo",
        criteria: [
            Criterion(name: "Configuração", type: .duration, prefer: .lower, cloud: "15 minutos", drive: "30 minutos"),
            Criterion(name: "Backups", type: .rate, prefer: .higher, cloud: "24 vezes por dia", drive: "1 vez por dia"),
            Criterion(name: "Restauração completa", type: .duration, prefer: .lower, cloud: "2-4 horas", drive: "30 minutos"),
            Criterion(name: "Cópia fora de casa", type: .boolean, prefer: .higher, cloud: "sim", drive: "não"),
            Criterion(name: "Custo no primeiro ano", type: .money, prefer: .lower, cloud: "cerca de R$ 500", drive: "R$ 300"),
        ],
        closing: "Escolha a opção que combina com seu jeito de trabalhar; muita gente usa as duas.",
        optionsTitle: "Opções",
        optionsDescription: "Uma página por opção de backup.",
        optionsBody: "Cada opção em detalhe.",
        cloudDescription: "Os arquivos são copiados para os servidores de um provedor assim que mudam.",
        cloudBody: "Um cliente de sincronização envia cada alteração. Restaurar o notebook inteiro baixa tudo de novo.",
        requirementsHeading: "Do que você precisa",
        requirementsCaption: "Do que a sincronização na nuvem precisa",
        requirementHeader: "Requisito",
        detailHeader: "Detalhe",
        requirements: [
            ("Conta", "Um plano de armazenamento com espaço para seus arquivos"),
            ("Rede", "Uma conexão que consiga enviar as alterações do dia"),
            ("Cliente", "O aplicativo de sincronização do provedor, conectado"),
        ],
        driveDescription: "Um HD que você conecta para a ferramenta de backup do sistema.",
        driveBody: """
            A ferramenta de backup do sistema copia os arquivos alterados sempre que o HD está conectado.
            Guarde o HD longe da mochila do notebook.
            """,
        schemaComment: "Critérios da matriz de comparação: tipos, e quais valores são melhores.",
        schemaTitle: "Opções de backup"
    )

    /// The Italian starter site (our translation).
    static let italian = ScaffoldText(
        language: "it",
        siteTitle: "Backup di un portatile",
        siteDescription: "Due modi per fare il backup di un portatile, quanto costa ciascuno e cosa serve.",
        configIntro: "Configurazione di sitegen. Ogni chiave è facoltativa; il README le descrive tutte.",
        configLanguage: "Lingua predefinita delle pagine (BCP 47). Ogni pagina può impostare la propria con `lang:`.",
        configBaseURL: ["Dove sarà pubblicato il sito (link canonici, sitemap.xml). I link tra le pagine restano",
                        "relativi, quindi il sito funziona anche in un sottopercorso e da file://."],
        configRules: "Gravità per nome o id di regola: error, warning, info oppure off (`sitegen rules` le elenca).",
        overviewDescription: "Sincronizzazione cloud e disco esterno a colpo d'occhio.",
        overviewIntro: """
            Un backup mai verificato è solo un desiderio. Ecco due modi comuni per conservare copie dei file
            di un portatile; ognuno ha la sua pagina: [sincronizzazione cloud](options/cloud-sync.md) e
            [disco esterno](options/external-drive.md).
            """,
        comparisonHeading: "Confronto",
        caption: "Sincronizzazione cloud e disco esterno a confronto",
        optionsComment: "la riga di intestazione nomina le opzioni",
        optionLabel: "Opzione",
        constraintLabel: "Devo poter ripristinare senza internet",
        criterionHeader: "Criterio",
        cloud: "Sincronizzazione cloud",
        drive: "Disco esterno",
        criteria: [
            Criterion(name: "Configurazione", type: .duration, prefer: .lower, cloud: "15 minuti", drive: "30 minuti"),
            Criterion(name: "Backup", type: .rate, prefer: .higher, cloud: "24 volte al giorno", drive: "1 volta al giorno"),
            Criterion(name: "Ripristino completo", type: .duration, prefer: .lower, cloud: "2-4 ore", drive: "30 minuti"),
            Criterion(name: "Copia fuori sede", type: .boolean, prefer: .higher, cloud: "sì", drive: "no"),
            Criterion(name: "Costo il primo anno", type: .money, prefer: .lower, cloud: "circa 100 €", drive: "60 €"),
        ],
        closing: "Scegli l'opzione adatta al tuo modo di lavorare; molti usano entrambe.",
        optionsTitle: "Opzioni",
        optionsDescription: "Una pagina per ogni opzione di backup.",
        optionsBody: "Ogni opzione nel dettaglio.",
        cloudDescription: "I file vengono copiati sui server di un fornitore appena cambiano.",
        cloudBody: "Un client di sincronizzazione carica ogni modifica. Ripristinare l'intero portatile riscarica tutto.",
        requirementsHeading: "Cosa serve",
        requirementsCaption: "Cosa serve per la sincronizzazione cloud",
        requirementHeader: "Requisito",
        detailHeader: "Dettaglio",
        requirements: [
            ("Account", "Un piano di archiviazione abbastanza grande per i tuoi file"),
            ("Rete", "Una connessione in grado di caricare le modifiche quotidiane"),
            ("Client", "L'app di sincronizzazione del fornitore, con accesso effettuato"),
        ],
        driveDescription: "Un disco da collegare per lo strumento di backup del sistema operativo.",
        driveBody: """
            Lo strumento di backup del sistema operativo copia i file modificati ogni volta che il disco è collegato.
            Tieni il disco lontano dalla borsa del portatile.
            """,
        schemaComment: "Criteri della matrice di confronto: tipi, e quali valori sono migliori.",
        schemaTitle: "Opzioni di backup"
    )
}
