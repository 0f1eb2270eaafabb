#!/usr/bin/env python3
"""The per-language word tables figparse needs beyond CLDR: number and scale
words, hedges, bounds, connectors, minor units, slang and local signs, and
which currency an ambiguous word prefers. English lives in lib/lexicon_en.c;
every other language is written here and generated into lib/lexicon_<lang>.c
(folded with NFKC + casefold and sorted by bytes, as the C lookups need).

    python3 lib/tables/gen/lexicons.py        # rewrites lib/lexicon_*.c
    python3 lib/tables/gen/lexicons.py DIR    # writes them to DIR instead (the
                                              # lexicons_up_to_date ctest diffs)

Standard library only. test/check_lexicon.c checks the generated tables.
"""
import os, sys
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
OUT = sys.argv[1] if len(sys.argv) > 1 else SRC
import unicodedata
def fold(s): return ' '.join(unicodedata.normalize('NFKC', s).casefold().split())
def cstr(s):
    out=''
    for b in s.encode('utf-8'):
        if 32<=b<127 and chr(b) not in '"\\?': out+=chr(b)
        else: out+='\\%03o'%b
    return '"'+out+'"'
def words(spec):
    out=[]
    for kind, items in spec.items():
        for it in items.split(','):
            it=it.strip()
            if not it: continue
            k,v=it.rsplit('=',1) if '=' in it else (it,'0')
            out.append((k.strip(),kind,int(v)))
    return out
U='UNIT';T='TENS';H='HUNDRED';S='SCALE'
L={}
L['es']=dict(doc="Spanish",words=words({
 U:"cero=0,un=1,uno=1,una=1,dos=2,tres=3,cuatro=4,cinco=5,seis=6,siete=7,ocho=8,nueve=9,diez=10,once=11,doce=12,trece=13,catorce=14,quince=15,dieciséis=16,diecisiete=17,dieciocho=18,diecinueve=19,veintiuno=21,veintidós=22,veintitrés=23,veinticinco=25",
 T:"veinte=20,treinta=30,cuarenta=40,cincuenta=50,sesenta=60,setenta=70,ochenta=80,noventa=90",
 H:"cien=2,ciento=2",
 S:"mil=3,millón=6,millon=6,millones=6,billón=12,billon=12,billones=12,mm=6",
 'HEDGE':"aproximadamente,alrededor de,cerca de,unos,unas,casi",
 'MIN':"más de=1,mas de=1,al menos=0,como mínimo=0,no menos de=0",
 'MAX':"menos de=1,hasta=0,como máximo=0,no más de=0,no mas de=0",
 'BETWEEN':"entre", 'FROM':"desde", 'TO':"a", 'AND':"y,con", 'OR':"o", 'CONNECTOR':"de", 'POINT':"coma,punto"}),
 common=["unidad","unidades"],
 extras=[("centavo","MINOR",0,1,""),("centavos","MINOR",0,1,""),("céntimo","MINOR",0,1,"EUR"),("céntimos","MINOR",0,1,"EUR"),("dolar","CURRENCY","PREFIX",0,"$"),("dolares","CURRENCY","PREFIX",0,"$"),("dólar","CURRENCY","PREFIX",0,"$"),("dólares","CURRENCY","PREFIX",0,"$"),("u$d","CURRENCY","PREFIX",0,"USD"),("u$s","CURRENCY","PREFIX",0,"USD"),("pta","CURRENCY","SUFFIX",0,"ESP"),("ptas","CURRENCY","SUFFIX",0,"ESP"),("pts","CURRENCY","SUFFIX",0,"ESP"),("pt","CURRENCY","SUFFIX",0,"ESP"),("pesetas","CURRENCY",0,0,"ESP"),("peseta","CURRENCY",0,0,"ESP")],
 prefs=[("dólar","USD"),("dólares","USD"),("dolar","USD"),("dolares","USD"),("peso","MXN"),("pesos","MXN")])
L['fr']=dict(doc="French",words=words({
 U:"zéro=0,un=1,une=1,deux=2,trois=3,quatre=4,cinq=5,six=6,sept=7,huit=8,neuf=9,dix=10,onze=11,douze=12,treize=13,quatorze=14,quinze=15,seize=16",
 T:"vingt=20,trente=30,quarante=40,cinquante=50,soixante=60",
 H:"cent=2,cents=2",
 S:"mille=3,million=6,millions=6,mio=6,milliard=9,milliards=9,md=9,mds=9,mrd=9,billion=12,billions=12",
 'HEDGE':"environ,près de,à peu près,quelque,presque",
 'MIN':"plus de=1,au moins=0,au-delà de=1,pas moins de=0",
 'MAX':"moins de=1,jusqu'à=0,au plus=0,pas plus de=0",
 'BETWEEN':"entre", 'TO':"à", 'AND':"et", 'OR':"ou", 'CONNECTOR':"de,d',d", 'POINT':"virgule"}),
 common=["unité","unités"],
 extras=[("centime","MINOR",0,1,""),("centimes","MINOR",0,1,""),("cts","MINOR","SUFFIX",1,""),("balles","CURRENCY",0,0,""),("$ c","CURRENCY","SUFFIX",0,"CAD"),("$ ca","CURRENCY","SUFFIX",0,"CAD"),("$ can","CURRENCY","SUFFIX",0,"CAD"),("$ us","CURRENCY","SUFFIX",0,"USD"),("$ é.-u.","CURRENCY","SUFFIX",0,"USD")],
 prefs=[("dollar","USD"),("dollars","USD"),("franc","CHF"),("francs","CHF")])
L['de']=dict(doc="German",words=words({
 U:"null=0,ein=1,eins=1,eine=1,einen=1,einem=1,zwei=2,drei=3,vier=4,fünf=5,sechs=6,sieben=7,acht=8,neun=9,zehn=10,elf=11,zwölf=12,dreizehn=13,vierzehn=14,fünfzehn=15,sechzehn=16,siebzehn=17,achtzehn=18,neunzehn=19",
 T:"zwanzig=20,dreißig=30,vierzig=40,fünfzig=50,sechzig=60,siebzig=70,achtzig=80,neunzig=90",
 H:"hundert=2",
 S:"tausend=3,tsd.=3,million=6,millionen=6,mio=6,mio.=6,milliarde=9,milliarden=9,mrd=9,mrd.=9,billion=12,billionen=12",
 'HEDGE':"etwa,rund,ca.,circa,ungefähr,knapp,fast",
 'MIN':"mehr als=1,über=1,mindestens=0",
 'MAX':"weniger als=1,unter=1,bis zu=0,höchstens=0",
 'BETWEEN':"zwischen", 'FROM':"von", 'TO':"bis", 'AND':"und", 'OR':"oder", 'POINT':"komma"}),
 extras=[("cent","MINOR",0,1,""),("cents","MINOR",0,1,""),("teur","CURRENCY","SUFFIX",0,"EUR")],
 prefs=[("dollar","USD"),("franken","CHF")])
L['it']=dict(doc="Italian",words=words({
 U:"zero=0,uno=1,un=1,una=1,due=2,tre=3,quattro=4,cinque=5,sei=6,sette=7,otto=8,nove=9,dieci=10,undici=11,dodici=12,tredici=13,quattordici=14,quindici=15,sedici=16,diciassette=17,diciotto=18,diciannove=19",
 T:"venti=20,trenta=30,quaranta=40,cinquanta=50,sessanta=60,settanta=70,ottanta=80,novanta=90",
 H:"cento=2",
 S:"mille=3,mila=3,milione=6,milioni=6,mln=6,miliardo=9,miliardi=9,mld=9,mrd=9,bilione=12,bilioni=12",
 'HEDGE':"circa,quasi,intorno a,all'incirca",
 'MIN':"più di=1,oltre=1,almeno=0",
 'MAX':"meno di=1,fino a=0,al massimo=0",
 'BETWEEN':"tra,fra", 'FROM':"da", 'TO':"a", 'AND':"e", 'OR':"o", 'CONNECTOR':"di,d'", 'POINT':"virgola"}),
 common=["unità"],
 extras=[("centesimi","MINOR",0,1,""),("centesimo","MINOR",0,1,"")],
 prefs=[("dollaro","USD"),("dollari","USD"),("franchi","CHF"),("franco","CHF")])
L['pt']=dict(doc="Portuguese",words=words({
 U:"zero=0,um=1,uma=1,dois=2,duas=2,três=3,tres=3,quatro=4,cinco=5,seis=6,sete=7,oito=8,nove=9,dez=10,onze=11,doze=12,treze=13,catorze=14,quatorze=14,quinze=15,dezesseis=16,dezessete=17,dezoito=18,dezenove=19",
 T:"vinte=20,trinta=30,quarenta=40,cinquenta=50,sessenta=60,setenta=70,oitenta=80,noventa=90",
 H:"cem=2,cento=2",
 S:"mil=3,milhão=6,milhao=6,milhões=6,milhoes=6,mi=6,bilhão=9,bilhao=9,bilhões=9,bilhoes=9,bi=9,trilhão=12,trilhões=12",
 'HEDGE':"cerca de,aproximadamente,quase,uns,umas",
 'MIN':"mais de=1,pelo menos=0,no mínimo=0,não menos de=0",
 'MAX':"menos de=1,até=0,no máximo=0,não mais de=0",
 'BETWEEN':"entre", 'TO':"a", 'AND':"e,com", 'OR':"ou", 'CONNECTOR':"de", 'POINT':"vírgula"}),
 common=["unidade","unidades"],
 extras=[("centavo","MINOR",0,1,""),("centavos","MINOR",0,1,"")],
 prefs=[("dólar","USD"),("dólares","USD"),("real","BRL"),("reais","BRL")])
L['nl']=dict(doc="Dutch",words=words({
 U:"nul=0,een=1,één=1,twee=2,drie=3,vier=4,vijf=5,zes=6,zeven=7,acht=8,negen=9,tien=10,elf=11,twaalf=12,dertien=13,veertien=14,vijftien=15,zestien=16,zeventien=17,achttien=18,negentien=19",
 T:"twintig=20,dertig=30,veertig=40,vijftig=50,zestig=60,zeventig=70,tachtig=80,negentig=90",
 H:"honderd=2",
 S:"duizend=3,miljoen=6,miljoenen=6,mln=6,mln.=6,miljard=9,miljarden=9,mld=9,mld.=9,biljoen=12",
 'HEDGE':"ongeveer,circa,bijna,zo'n",
 'MIN':"meer dan=1,minstens=0,ten minste=0,boven de=1,boven=1,hoger dan=1,vanaf=0,minimaal=0",
 'MAX':"minder dan=1,tot maximaal=0,hooguit=0,lager dan=1,onder de=1,maximaal=0,niet meer dan=0",
 'BETWEEN':"tussen", 'FROM':"van", 'TO':"tot", 'AND':"en", 'OR':"of", 'POINT':"komma"}),
 extras=[("cent","MINOR",0,1,""),("cents","MINOR",0,1,""),("stuiver","COIN",0,5,"EUR"),("stuivers","COIN",0,5,"EUR"),("kwartje","COIN",0,25,"EUR"),("kwartjes","COIN",0,25,"EUR"),("dubbeltje","COIN",0,10,"EUR"),("dubbeltjes","COIN",0,10,"EUR"),("tientje","COIN",0,1000,"EUR"),("tientjes","COIN",0,1000,"EUR"),("gulden","CURRENCY",0,0,"NLG"),("guldens","CURRENCY",0,0,"NLG"),("piek","CURRENCY",0,0,"EUR"),("pegels","CURRENCY",0,0,"EUR")],
 prefs=[("dollar","USD")])
L['hi']=dict(doc="Hindi",words=words({
 U:"शून्य=0,एक=1,दो=2,तीन=3,चार=4,पांच=5,पाँच=5,छह=6,छः=6,सात=7,आठ=8,नौ=9,दस=10,बीस=20,पचास=50",
 H:"सौ=2",
 S:"हज़ार=3,हजार=3,लाख=5,करोड़=7,करोड=7,अरब=9,मिलियन=6,बिलियन=9,ट्रिलियन=12",
 'HEDGE':"लगभग,करीब", 'AND':"और"}),
 common=["इकाई","मार्क"],
 extras=[("रु","CURRENCY","PREFIX",0,"INR"),("रु.","CURRENCY","PREFIX",0,"INR"),("पैसे","MINOR",0,1,"INR"),("सेंट","MINOR",0,1,""),("पेंस","MINOR",0,1,"GBP"),("पेनी","MINOR",0,1,""),("येन","CURRENCY",0,0,"JPY"),("पसेटा","CURRENCY",0,0,"ESP"),("अमेरिकी डॉलर","CURRENCY","PREFIX",0,"USD")],
 prefs=[("डॉलर","USD"),("रुपये","INR"),("रुपया","INR"),("रुपए","INR")])
L['ko']=dict(doc="Korean",words=words({
 U:"일=1,이=2,삼=3,사=4,오=5,육=6,칠=7,팔=8,구=9,영=0,공=0",
 'SMALL':"십=1,백=2,천=3", 'MYRIAD':"만=4,억=8,조=12", 'POINT':"점,쩜",
 'HEDGE':"약", 'FEW':"여,여만", 'MIN_POST':"이상=0,초과=1", 'MAX_POST':"이하=0,미만=1"}),
 extras=[("불","CURRENCY",0,0,"$"),("센트","MINOR",0,1,""),("엔","CURRENCY",0,0,"JPY"),("위안","CURRENCY",0,0,"CNY"),("위안화","CURRENCY",0,0,"CNY"),("루피","CURRENCY",0,0,"INR PKR LKR NPR"),("킵","CURRENCY",0,0,"LAK"),("페세타","CURRENCY",0,0,"ESP"),("휠던","CURRENCY",0,0,"NLG"),("마르카","CURRENCY",0,0,"FIM")],
 prefs=[("원","KRW"),("달러","USD"),("불","USD"),("\u20a9","KRW"),("won","KRW")])
L['zh']=dict(doc="Chinese",words=words({
 U:"零=0,〇=0,一=1,二=2,两=2,兩=2,三=3,四=4,五=5,六=6,七=7,八=8,九=9,壹=1,贰=2,貳=2,叁=3,參=3,肆=4,伍=5,陆=6,陸=6,柒=7,捌=8,玖=9",
 'SMALL':"十=1,拾=1,百=2,佰=2,千=3,仟=3", 'MYRIAD':"万=4,萬=4,亿=8,億=8,兆=12", 'POINT':"点,點",
 'HEDGE':"约,約,大约,大約,近", 'FEW':"几,幾,多,余,餘", 'AND':"又", 'CONNECTOR':"个", 'MIN_POST':"以上=0", 'MAX_POST':"以下=0", 'MIN':"至少=0,最少=0,起码=0,起碼=0", 'MAX':"最多=0,至多=0,不超过=0,不超過=0", 'TO':"到,至"}),
 extras=[("块","CURRENCY",0,0,"CNY"),("塊","CURRENCY",0,0,"CNY"),("毛","MINOR",0,10,"CNY"),("角","MINOR",0,10,"CNY"),("毫","MINOR",0,10,""),("分","MINOR","SUFFIX",1,"CNY"),("仙","MINOR","SUFFIX",1,""),("人民币","CURRENCY","PREFIX",0,"CNY"),("人民幣","CURRENCY","PREFIX",0,"CNY"),("台币","CURRENCY","PREFIX",0,"TWD"),("台幣","CURRENCY","PREFIX",0,"TWD"),("新台币","CURRENCY","PREFIX",0,"TWD"),("新台幣","CURRENCY","PREFIX",0,"TWD"),("港币","CURRENCY","PREFIX",0,"HKD"),("港幣","CURRENCY","PREFIX",0,"HKD"),("人民元","CURRENCY",0,0,"CNY"),("美分","MINOR",0,1,"USD"),("美圆","CURRENCY",0,0,"USD"),("比特币","NON_ISO",0,0,""),("比特幣","NON_ISO",0,0,""),("蚊","CURRENCY",0,0,"HKD"),("個","CURRENCY","NEEDS_TAIL",0,"HKD"),("日本銭","MINOR",0,1,"JPY")],
 prefs=[("元","CNY"),("圆","CNY"),("圓","CNY")])
L['ja']=dict(doc="Japanese",words=words({
 U:"〇=0,零=0,一=1,二=2,三=3,四=4,五=5,六=6,七=7,八=8,九=9,壱=1,弐=2,参=3",
 'SMALL':"十=1,拾=1,百=2,千=3", 'MYRIAD':"万=4,萬=4,億=8,亿=8,兆=12",
 'HEDGE':"約", 'FEW':"余,強", 'AND':"と", 'MIN_POST':"以上=0,超=1", 'MAX_POST':"以下=0,未満=1"}),
 extras=[("銭","MINOR","SUFFIX",1,"JPY"),("セント","MINOR",0,1,""),("ペンス","MINOR",0,1,"GBP"),("台湾ドル","CURRENCY",0,0,"TWD"),("ニュー台湾ドル","CURRENCY",0,0,"TWD")],
 prefs=[("ドル","USD"),("円","JPY"),("ウォン","KRW"),("ユーロ","EUR")])

L['ru']=dict(doc="Russian", words=words({
 S:"тыс=3,тыс.=3,тысяча=3,тысячи=3,тысяч=3,млн=6,млн.=6,миллион=6,миллиона=6,миллионов=6,млрд=9,млрд.=9,миллиард=9,миллиарда=9,миллиардов=9,трлн=12,трлн.=12,триллион=12,триллиона=12,триллионов=12",
 'HEDGE':"около,примерно,почти", 'MIN':"более=1,свыше=1,не менее=0", 'MAX':"менее=1,до=0,не более=0"}),
 extras=[("р","CURRENCY","SUFFIX",0,"RUB"),("р.","CURRENCY","SUFFIX",0,"RUB"),("руб","CURRENCY","PREFIX",0,"RUB"),("руб.","CURRENCY","PREFIX",0,"RUB"),("рубль","CURRENCY",0,0,"RUB BYN"),("рубля","CURRENCY",0,0,"RUB BYN"),("рублей","CURRENCY",0,0,"RUB BYN"),("коп","MINOR","SUFFIX",1,"RUB"),("коп.","MINOR","SUFFIX",1,"RUB"),("копеек","MINOR",0,1,"RUB")],
 prefs=[("рубль","RUB"),("рубля","RUB"),("рублей","RUB")])
L['uk']=dict(doc="Ukrainian", words=words({
 S:"тис=3,тис.=3,тисяча=3,тисячі=3,тисяч=3,млн=6,млн.=6,мільйон=6,мільйона=6,мільйонів=6,млрд=9,млрд.=9,мільярд=9,мільярда=9,мільярдів=9,трлн=12,трлн.=12,трильйон=12,трильйона=12,трильйонів=12",
 'HEDGE':"близько,приблизно,майже", 'MIN':"понад=1,більше=1,не менше=0", 'MAX':"менше=1,до=0,не більше=0"}),
 extras=[("грн","CURRENCY","PREFIX",0,"UAH"),("грн.","CURRENCY","PREFIX",0,"UAH"),("гривень","CURRENCY",0,0,"UAH"),("гривні","CURRENCY",0,0,"UAH"),("гривня","CURRENCY",0,0,"UAH"),("hrn","CURRENCY","SUFFIX",0,"UAH")])
L['bg']=dict(doc="Bulgarian", extras=[("лв","CURRENCY","SUFFIX",0,"BGN"),("лв.","CURRENCY","SUFFIX",0,"BGN")])
L['vi']=dict(doc="Vietnamese", extras=[("đ","CURRENCY","SUFFIX",0,"VND"),("vnđ","CURRENCY",0,0,"VND")])
L['tr']=dict(doc="Turkish", words=words({
 S:"bin=3,milyon=6,milyar=9,trilyon=12",
 'HEDGE':"yaklaşık,tahminen,aşağı yukarı", 'MIN':"en az=0", 'MAX':"en fazla=0", 'AND':"ve"}),
 extras=[("tl","CURRENCY","SUFFIX",0,"TRY"),("sent","MINOR",0,1,""),("kuruş","MINOR",0,1,"TRY")])
L['id']=dict(doc="Indonesian", words=words({
 U:"nol=0,satu=1,dua=2,tiga=3,empat=4,lima=5,enam=6,tujuh=7,delapan=8,sembilan=9,sepuluh=10,sebelas=11",
 H:"puluh=1,ratus=2,seratus=2",
 S:"ribu=3,rb=3,juta=6,jt=6,miliar=9,milyar=9,triliun=12",
 'HEDGE':"sekitar,kira-kira,sekira,hampir", 'MIN':"lebih dari=1,minimal=0,paling sedikit=0,setidaknya=0",
 'MAX':"kurang dari=1,maksimal=0,paling banyak=0",
 'BETWEEN':"antara", 'FROM':"dari", 'TO':"sampai,hingga,ke", 'AND':"dan", 'OR':"atau"}),
 extras=[("rp.","CURRENCY","PREFIX",0,"IDR"),("rupiah","CURRENCY",0,0,"IDR"),("dolar","CURRENCY",0,0,"$"),("sen","MINOR",0,1,"")])
L['sv']=dict(doc="Swedish", words=words({
 U:"noll=0,en=1,ett=1,två=2,tre=3,fyra=4,fem=5,sex=6,sju=7,åtta=8,nio=9,tio=10,elva=11,tolv=12,tretton=13,fjorton=14,femton=15,sexton=16,sjutton=17,arton=18,nitton=19",
 T:"tjugo=20,trettio=30,fyrtio=40,femtio=50,sextio=60,sjuttio=70,åttio=80,nittio=90", H:"hundra=2",
 S:"tusen=3,miljon=6,miljoner=6,milj.=6,mn=6,miljard=9,miljarder=9,mdr=9,md=9,biljon=12,biljoner=12",
 'HEDGE':"cirka,ca,omkring,ungefär,runt", 'MIN':"minst=0,över=1,mer än=1", 'MAX':"högst=0,under=1,mindre än=1",
 'BETWEEN':"mellan", 'FROM':"från", 'TO':"till", 'AND':"och", 'OR':"eller"}),
 extras=[("spänn","CURRENCY",0,0,"SEK"),("öre","MINOR",0,1,"SEK"),("mkr","GRAND",0,6,"SEK"),("tkr","GRAND",0,3,"SEK"),("mdkr","GRAND",0,9,"SEK")])
L['da']=dict(doc="Danish", words=words({
 U:"nul=0,en=1,et=1,to=2,tre=3,fire=4,fem=5,seks=6,syv=7,otte=8,ni=9,ti=10,elleve=11,tolv=12,tretten=13,fjorten=14,femten=15,seksten=16,sytten=17,atten=18,nitten=19",
 T:"tyve=20,tredive=30,fyrre=40,halvtreds=50,tres=60,halvfjerds=70,firs=80,halvfems=90", H:"hundrede=2",
 S:"tusind=3,million=6,millioner=6,mio.=6,mio=6,milliard=9,milliarder=9,mia.=9,mia=9,billion=12,billioner=12",
 'HEDGE':"cirka,ca.,omkring,ca", 'MIN':"mindst=0,over=1,mere end=1", 'MAX':"højst=0,under=1,mindre end=1",
 'BETWEEN':"mellem", 'FROM':"fra", 'TO':"til", 'AND':"og", 'OR':"eller"}),
 extras=[("øre","MINOR",0,1,"DKK")])
L['nb']=dict(doc="Norwegian Bokmål", words=words({
 U:"null=0,en=1,ett=1,ei=1,to=2,tre=3,fire=4,fem=5,seks=6,sju=7,syv=7,åtte=8,ni=9,ti=10,elleve=11,tolv=12,tretten=13,fjorten=14,femten=15,seksten=16,sytten=17,atten=18,nitten=19",
 T:"tjue=20,tretti=30,førti=40,femti=50,seksti=60,sytti=70,åtti=80,nitti=90", H:"hundre=2",
 S:"tusen=3,million=6,millioner=6,mill.=6,mill=6,mrd.=9,mrd=9,milliard=9,milliarder=9,billion=12,billioner=12",
 'HEDGE':"cirka,ca.,omkring,rundt,ca", 'MIN':"minst=0,over=1,mer enn=1", 'MAX':"høyst=0,under=1,mindre enn=1",
 'BETWEEN':"mellom", 'FROM':"fra", 'TO':"til", 'AND':"og", 'OR':"eller"}),
 extras=[("øre","MINOR",0,1,"NOK")])
L['pl']=dict(doc="Polish", words=words({
 S:"tys.=3,tysiąc=3,tysiące=3,tysięcy=3,mln=6,mln.=6,milion=6,miliony=6,milionów=6,mld=9,mld.=9,miliard=9,miliardy=9,miliardów=9,bln=12,bilion=12,biliony=12,bilionów=12",
 'HEDGE':"około,ok.,prawie,blisko", 'MIN':"co najmniej=0,ponad=1,powyżej=1", 'MAX':"do=0,poniżej=1,mniej niż=1",
 'BETWEEN':"między", 'FROM':"od", 'AND':"i", 'OR':"lub"}),
 extras=[("gr","MINOR","SUFFIX",1,"PLN"),("groszy","MINOR",0,1,"PLN")])
L['ar']=dict(doc="Arabic", extras=[("جنيه","CURRENCY",0,0,"EGP SDG SSP LBP SYP GBP"),("درهم","CURRENCY",0,0,"AED MAD"),("ريال","CURRENCY",0,0,"SAR QAR OMR YER IRR"),("دينار","CURRENCY",0,0,"KWD BHD IQD JOD LYD TND DZD RSD"),("تومان","CURRENCY","PREFIX",0,"IRR"),("kd","CURRENCY",0,0,"KWD"),("bd","CURRENCY","SUFFIX",0,"BHD"),("jd","CURRENCY",0,0,"JOD")])
# Number words from CLDR's spell-out rules (lib/tables/number_words.tsv,
# written by gen_numbers.c through ICU): each one a language's hand-written
# list above lacks is added, so the lists above only hold what CLDR does not
# spell (abbreviations, other forms) or what must differ from it.
with open(os.path.join(SRC, 'tables', 'number_words.tsv'), encoding='utf-8') as tsv:
    for line in tsv:
        if line.startswith('#') or not line.strip():
            continue
        lang, kind, word, value = line.rstrip('\n').split('\t')
        if lang not in L:
            continue
        have = {fold(k) for k, _, _ in L[lang].get('words', [])}
        if fold(word) not in have:
            L[lang].setdefault('words', []).append((word, kind, int(value)))
import re, os, sys
for lang,d in L.items():
    path=os.path.join(OUT,'lexicon_%s.c'%lang)
    ex=sorted([(fold(k),kind,flags,v,cur,k) for (k,kind,flags,v,cur) in d.get('extras',[])], key=lambda e:e[0].encode())
    pr=sorted([(fold(k),v,k) for k,v in d.get('prefs',[])], key=lambda e:e[0].encode())
    wd=sorted([(fold(k),kind,v,k) for k,kind,v in d.get('words',[])], key=lambda e:e[0].encode())
    # duplicates check
    keys=[w[0] for w in wd]; assert len(keys)==len(set(keys)), (lang,[k for k in keys if keys.count(k)>1])
    L2=[]
    L2.append('/*\n * Generated by lib/tables/gen/lexicons.py; edit that file, not this one.\n *\n * lexicon_%s.c — %s words and signs that CLDR lacks: number and scale\n * words, hedges and bounds, minor units, and which currency an ambiguous\n * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c\n * checks both).\n */\n#include "lexicon.h"\n' % (lang, d['doc']))
    if wd:
        L2.append('#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}\n')
        L2.append('static const figparse__lex_word %s_words[] = {' % lang)
        for k,kind,v,orig in wd:
            cm = '' if all(ord(c)<128 for c in orig) else ' /* %s */'%orig
            L2.append('    W(%s, %s, %d),%s' % (cstr(k),kind,v,cm))
        L2.append('};\n')
    if ex:
        L2.append('#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}')
        L2.append('#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY\n#define PREFIX FIGPARSE__EXTRA_PREFIX_OK\n#define NEEDS_TAIL FIGPARSE__EXTRA_NEEDS_TAIL\n#define ATTACHED FIGPARSE__EXTRA_ATTACHED\n')
        L2.append('static const figparse__extra_designator %s_extras[] = {' % lang)
        for k,kind,flags,v,cur,orig in ex:
            cm = '' if all(ord(c)<128 for c in orig) else ' /* %s */'%orig
            L2.append('    E(%s, %s, %s, %d, "%s"),%s' % (cstr(k),kind,flags,v,cur,cm))
        L2.append('};\n')
    if pr:
        L2.append('static const figparse__preference %s_preferences[] = {' % lang)
        for k,v,orig in pr:
            cm = '' if all(ord(c)<128 for c in orig) else ' /* %s */'%orig
            L2.append('    {%s, "%s"},%s' % (cstr(k),v,cm))
        L2.append('};\n')
    L2.append('#define COUNT(a) (sizeof(a) / sizeof((a)[0]))\n')
    L2.append('const figparse__lexicon figparse__lexicon_%s = {' % lang)
    L2.append('    "%s",' % lang)
    L2.append('    %s,' % ('%s_words, COUNT(%s_words)'%(lang,lang) if wd else 'NULL, 0'))
    L2.append('    %s,' % ('%s_extras, COUNT(%s_extras)'%(lang,lang) if ex else 'NULL, 0'))
    L2.append('    %s,' % ('%s_preferences, COUNT(%s_preferences)'%(lang,lang) if pr else 'NULL, 0'))
    cw=sorted([fold(k) for k in d.get('common',[])], key=lambda k:k.encode())
    if cw:
        L2.insert(len(L2)-5, 'static const char *const %s_common_words[] = {%s};\n' % (lang, ', '.join(cstr(k) for k in cw)))
        L2.append('    NULL, 0, NULL, 0, %s_common_words, COUNT(%s_common_words),\n};' % (lang, lang))
    else:
        L2.append('    NULL, 0, NULL, 0, NULL, 0,\n};')
    open(path,'w').write('\n'.join(L2)+'\n')


# The shared table: scale words, connectors and hedges that mean the same in
# every language that lists them ("Mrd.", "milliards", "млрд", "d'"), read
# under any hint (number.c). A key that any language, English included, lists
# with another kind or value ("billion": 10^9 in English, 10^12 in French;
# "mil": a thousand in Spanish, a million in English) stays with its hint.
import re
SHARED_KINDS = ('SCALE', 'CONNECTOR', 'HEDGE')
meaning = {}
def note(k, kind, v):
    meaning.setdefault(k, set()).add((kind, v if kind == 'SCALE' else 0))
en_src = open(os.path.join(SRC, 'lexicon_en.c'), encoding='utf-8').read()
for m in re.finditer(r'W\("((?:[^"\\]|\\.)*)", (\w+), (-?\d+)\)', en_src):
    k = m.group(1).encode('latin-1').decode('unicode_escape').encode('latin-1').decode('utf-8')
    note(k, m.group(2), int(m.group(3)))
for lang, d in L.items():
    for k, kind, v in d.get('words', []):
        note(fold(k), kind, v)
# Keys that are words or abbreviations of something else in other
# languages' text ("a $5 bin", "ca" for California, "md" for Maryland,
# "mm" for millimetres): they follow their hint only.
NOT_SHARED = {'bin', 'bi', 'mil', 'mill', 'mn', 'md', 'mm', 'ca', 'mio', 'mia', 'mdr', 'ok.'}
shared = sorted(((k, kind, v) for k, ms in meaning.items() if len(ms) == 1
                 for (kind, v) in ms if kind in SHARED_KINDS and k not in NOT_SHARED),
                key=lambda e: e[0].encode())
L2 = ['/*\n * Generated by lib/tables/gen/lexicons.py; edit that file, not this one.\n *\n'
      ' * lexicon_shared.c — the scale words, connectors and hedges that mean the\n'
      ' * same in every language that lists them, read under any hint.\n */\n#include "lexicon.h"\n',
      '#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}\n',
      'static const figparse__lex_word shared_words[] = {']
for k, kind, v in shared:
    cm = '' if all(ord(c) < 128 for c in k) else ' /* %s */' % k
    L2.append('    W(%s, %s, %d),%s' % (cstr(k), kind, v, cm))
L2.append('};\n')
L2.append('const figparse__lexicon figparse__lexicon_shared = {')
L2.append('    "*", shared_words, sizeof shared_words / sizeof shared_words[0],')
L2.append('    NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 0,\n};')
open(os.path.join(OUT, 'lexicon_shared.c'), 'w').write('\n'.join(L2) + '\n')
