/* A stand-in for the ID-card readers' sdtapi library: the same five entry points and buffer layout as the
 * vendors' sdtapi.dll / libsdtapi.so, with a card and a reader the tests control through Standin_* calls.
 * Built at test time with `cc -shared -fPIC` (tests/devices/conftest.py); never shipped. */
#include <string.h>

#define OK 0x90
#define FOUND 0x9f
#define NOT_FOUND 0x80
#define SELECT_FAILED 0x81
#define READ_FAILED 0x41
#define PORT_FAILED 0x01

static int reader_port = 1001;   /* the port the reader answers on; 0 = no reader connected */
static int card_present = 0;
static int read_fails = 0;
static unsigned char message[256];
static unsigned int message_len = 256;
static int open_port = 0;
static int opened_count = 0;
static int closed_count = 0;

void Standin_SetReader(int port) { reader_port = port; }
void Standin_SetCard(const unsigned char *text, unsigned int len) {
    if (len > sizeof message) len = sizeof message;
    memset(message, 0, sizeof message);
    memcpy(message, text, len);
    message_len = len;
    card_present = 1;
}
void Standin_RemoveCard(void) { card_present = 0; }
void Standin_FailReads(int on) { read_fails = on; }
int Standin_OpenPort(void) { return open_port; }
int Standin_OpenedCount(void) { return opened_count; }
int Standin_ClosedCount(void) { return closed_count; }

int SDT_OpenPort(int port) {
    if (reader_port == 0 || port != reader_port) return PORT_FAILED;
    open_port = port;
    opened_count++;
    return OK;
}

int SDT_ClosePort(int port) {
    if (port != open_port) return PORT_FAILED;
    open_port = 0;
    closed_count++;
    return OK;
}

int SDT_StartFindIDCard(int port, unsigned char *iin, int if_open) {
    (void)if_open;
    if (port != open_port || reader_port == 0) return PORT_FAILED;
    if (!card_present) return NOT_FOUND;
    memset(iin, 0, 4);
    return FOUND;
}

int SDT_SelectIDCard(int port, unsigned char *sn, int if_open) {
    (void)if_open;
    if (port != open_port) return PORT_FAILED;
    if (!card_present) return SELECT_FAILED;
    memset(sn, 0x11, 8);
    return OK;
}

int SDT_ReadBaseMsg(int port, unsigned char *text, unsigned int *text_len, unsigned char *photo,
                    unsigned int *photo_len, int if_open) {
    (void)if_open;
    if (port != open_port) return PORT_FAILED;
    if (!card_present || read_fails) return READ_FAILED;
    memcpy(text, message, message_len);
    *text_len = message_len;
    memset(photo, 0x5a, 1024);  /* the encrypted photo: its bytes are never looked at */
    *photo_len = 1024;
    return OK;
}
